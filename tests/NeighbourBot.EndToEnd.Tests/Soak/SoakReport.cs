using System.Globalization;
using System.Text;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Telegram.Emulator.Faults;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>What a soak run measured, and every invariant it found broken (empty when the system held).</summary>
public sealed class SoakReport
{
    public int Residents { get; init; }

    public int SignedUp { get; set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<string, int> Actions { get; set; } = new Dictionary<string, int>();

    /// <summary>Mean seconds per action (the resident's wait for the bot's answers included, the wait for a turn to act left out), by name.</summary>
    public IReadOnlyDictionary<string, double> MeanSeconds { get; set; } = new Dictionary<string, double>();

    /// <summary>Messages the bot sent (answered 200, or taken into effect before a fault), private and group.</summary>
    public int PrivateMessages { get; set; }

    public int GroupMessages { get; set; }

    public int Edits { get; set; }

    public int ApiCalls { get; set; }

    public FaultCounts Faults { get; set; } = new(0, 0, 0, 0);

    /// <summary>The local geocoder's requests and injected faults; null when addresses were read offline.</summary>
    public GeocoderCounts? Geocoder { get; set; }

    /// <summary>Answers "the address service does not answer" residents read during sign-up.</summary>
    public int AddressServiceDown { get; set; }

    /// <summary>Pending addresses the bot's own job came back with before the resident retyped.</summary>
    public int AddressServiceBack { get; set; }

    /// <summary>Error lines the geocoder's injected faults explain (its circuit breaker opening).</summary>
    public int GeocoderErrorLines { get; set; }

    public int Crashes { get; set; }

    public int ListingsPublished { get; set; }

    /// <summary>Extra copies of a listing in its group explained by a fault injected after the effect.</summary>
    public int FaultDuplicates { get; set; }

    /// <summary>Extra copies explained only by a crash (sent, then killed before the send was recorded).</summary>
    public int CrashDuplicates { get; set; }

    public int Losses { get; set; }

    public int ErrorLines { get; set; }

    public List<string> Violations { get; } = [];

    public void Violation(string what)
    {
        lock (Violations)
        {
            Violations.Add(what);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"soak: {Residents} residents ({SignedUp} signed up and verified) in {Elapsed.TotalSeconds:F1} s, {Crashes} crash(es)");
        text.AppendLine(culture, $"actions: {string.Join(", ", Actions.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key} {a.Value} ({MeanSeconds.GetValueOrDefault(a.Key):F2} s)"))}");
        text.AppendLine(culture, $"messages: {PrivateMessages} private + {GroupMessages} group, {Edits} edits, {ApiCalls} Bot API calls");
        text.AppendLine(culture,
            $"faults injected: {Faults.Total} = {Faults.ServerErrors} server errors, {Faults.TimeoutsBeforeEffect} timeouts before effect, {Faults.TimeoutsAfterEffect} timeouts after effect, {Faults.DropsAfterEffect} dropped after effect");
        if (Geocoder is { } g)
        {
            text.AppendLine(culture,
                $"geocoder: {g.Requests} requests, {g.Faults} faults injected = {g.ServerErrors} × 500, {g.Unavailable} × 503, {g.Slow} slow past the timeout, {g.Dropped} dropped; residents told the address service was down {AddressServiceDown} time(s), {AddressServiceBack} answered by the bot's later message");
        }
        else
        {
            text.AppendLine("geocoder: none (offline gazetteer)");
        }
        text.AppendLine(culture,
            $"listings published: {ListingsPublished}; duplicates: {FaultDuplicates} explained by {Faults.AfterEffect} after-effect faults, {CrashDuplicates} by crashes; losses: {Losses}");
        text.AppendLine(culture, $"error log lines: {ErrorLines} (each explained by an injected fault; {GeocoderErrorLines} by geocoder faults)");
        text.Append(culture, $"violations: {Violations.Count}");
        foreach (var violation in Violations.Take(30))
        {
            text.AppendLine().Append("  - ").Append(violation);
        }

        return text.ToString();
    }
}

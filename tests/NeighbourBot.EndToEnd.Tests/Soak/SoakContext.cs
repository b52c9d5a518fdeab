using System.Collections.Concurrent;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>What the simulated residents share during a run: the emulator, the groups, the listings, the counts.</summary>
public sealed class SoakContext(EmulatorControl control, SoakOptions options, IReadOnlyDictionary<string, long> groups)
{
    private readonly ConcurrentDictionary<string, int> _actions = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _stalls = new();
    private readonly ConcurrentDictionary<string, double> _seconds = new(StringComparer.Ordinal);
    private int _listingSequence;
    private int _addressServiceDown;
    private int _addressServiceBack;

    public EmulatorControl Control { get; } = control;

    public SoakOptions Options { get; } = options;

    /// <summary>Quartier name → its linked group's chat id.</summary>
    public IReadOnlyDictionary<string, long> Groups { get; } = groups;

    public ConcurrentQueue<SoakListing> Listings { get; } = new();

    /// <summary>Actions done, by name.</summary>
    public IReadOnlyDictionary<string, int> Actions => _actions;

    /// <summary>Times a resident read that the address service does not answer (then retyped their address a moment later).</summary>
    public int AddressServiceDown => Volatile.Read(ref _addressServiceDown);

    /// <summary>Times a resident took the bot's own later "Bonne nouvelle" question instead of retyping.</summary>
    public int AddressServiceBack => Volatile.Read(ref _addressServiceBack);

    public void CountAddressServiceDown() => Interlocked.Increment(ref _addressServiceDown);

    public void CountAddressServiceBack() => Interlocked.Increment(ref _addressServiceBack);

    /// <summary>Residents who waited in vain, with what they waited for.</summary>
    public IReadOnlyCollection<string> Stalls => _stalls;

    public void Count(string action) => _actions.AddOrUpdate(action, 1, (_, n) => n + 1);

    /// <summary>Counts an action done and the time it took, answers included.</summary>
    public void Count(string action, TimeSpan took)
    {
        Count(action);
        _seconds.AddOrUpdate(action, took.TotalSeconds, (_, s) => s + took.TotalSeconds);
    }

    /// <summary>Mean seconds per action, by name.</summary>
    public IReadOnlyDictionary<string, double> MeanSeconds =>
        _seconds.ToDictionary(s => s.Key, s => s.Value / Math.Max(1, _actions.GetValueOrDefault(s.Key)), StringComparer.Ordinal);

    public void Stalled(SoakResident resident, string what) => _stalls.Enqueue($"resident {resident.Id} ({resident.Address}): {what}");

    /// <summary>A word no other listing of the run holds.</summary>
    public string NextToken() => SoakResident.Word(10_000 + Interlocked.Increment(ref _listingSequence), 4);

    /// <summary>The resident writes in their private chat; returns the bot's first later message there matching <paramref name="expected"/>.</summary>
    public async Task<EmulatedMessage> SayAsync(SoakResident resident, string text, params string[] expected)
    {
        var sent = Control.UserSends(resident.Id, resident.Id, text);
        resident.Mark = sent.MessageId;
        return await ExpectAsync(resident, text, expected);
    }

    /// <summary>The bot's first message in the resident's chat after their mark holding one of <paramref name="expected"/>.</summary>
    public async Task<EmulatedMessage> ExpectAsync(SoakResident resident, string after, params string[] expected)
    {
        var mark = resident.Mark;
        try
        {
            return await Control.WaitForMessageAsync(
                resident.Id,
                m => m.FromBot && m.MessageId > mark && expected.Any(e => (m.Body ?? "").Contains(e, StringComparison.Ordinal)),
                Options.Patience,
                CancellationToken.None);
        }
        catch (TimeoutException e)
        {
            var last = Control.Messages(resident.Id).LastOrDefault(m => m.FromBot && m.MessageId > mark)?.Body;
            throw new SoakStallException($"after \"{after}\", no \"{string.Join("\" or \"", expected)}\" (last bot message: \"{last}\")", e);
        }
    }

    /// <summary>Waits for a bot message of a group holding <paramref name="token"/> to read <paramref name="expected"/>.</summary>
    public async Task ExpectGroupTextAsync(long groupId, string token, string expected)
    {
        try
        {
            await Control.WaitForMessageAsync(
                groupId,
                m => m.FromBot && (m.Body ?? "").Contains(token, StringComparison.Ordinal) && (m.Body ?? "").Contains(expected, StringComparison.Ordinal),
                Options.Patience,
                CancellationToken.None);
        }
        catch (TimeoutException e)
        {
            throw new SoakStallException($"the group message of {token} never read \"{expected}\"", e);
        }
    }

    /// <summary>The group message that broadcast <paramref name="listing"/> (the first copy), or null while the outbox has not sent it.</summary>
    public EmulatedMessage? GroupMessageOf(SoakListing listing) =>
        Groups.TryGetValue(listing.Quartier, out var group)
            ? Control.Messages(group).FirstOrDefault(m => m.FromBot && (m.Body ?? "").Contains(listing.Token, StringComparison.Ordinal))
            : null;

    /// <summary>Marks where the resident's chat stands, so that the next expectation only looks at newer messages.</summary>
    public void MarkNow(SoakResident resident)
    {
        var messages = Control.Messages(resident.Id);
        resident.Mark = messages.Count == 0 ? 0 : messages[^1].MessageId;
    }
}

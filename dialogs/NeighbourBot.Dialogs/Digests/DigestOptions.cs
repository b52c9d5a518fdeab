using Cronos;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>When digests go out (section NeighbourBot:Digest); Schedule and TimeZone are contract keys.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Five-field cron of the group digest, in <see cref="TimeZone"/>.</summary>
    public string Schedule { get; set; } = "0 18 * * *";

    /// <summary>IANA zone of the schedule and of residents' chosen hours.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>
    /// Private digests handed to the outbox per run (one run a minute): about 10 a second, under half of
    /// Outbox:GlobalPerSecond, so notifications and broadcasts always find room.
    /// </summary>
    public int PrivatePerMinute { get; set; } = 600;

    /// <summary>Private digests of one hour are spread over this many minutes (by resident), so a quartier never arrives at once.</summary>
    public int SpreadMinutes { get; set; } = 60;

    /// <summary>Listings shown (each with its button) in one private digest.</summary>
    public int MaxPrivateListings { get; set; } = 10;

    public CronExpression Cron() => CronExpression.Parse(Schedule, CronFormat.Standard);

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>One readable line per bad value, naming the key (the host stops on any).</summary>
    public IEnumerable<string> Validate()
    {
        if (PrivatePerMinute is < 1 or > 100_000)
        {
            yield return "NeighbourBot:Digest:PrivatePerMinute must be between 1 and 100000.";
        }

        if (SpreadMinutes is < 1 or > 60)
        {
            yield return "NeighbourBot:Digest:SpreadMinutes must be between 1 and 60.";
        }

        if (MaxPrivateListings is < 1 or > 30)
        {
            yield return "NeighbourBot:Digest:MaxPrivateListings must be between 1 and 30.";
        }
    }
}

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>How big, how long and how hostile a soak run is; the same seed replays the same choices and faults.</summary>
public sealed record SoakOptions
{
    public int Residents { get; init; } = 40;

    /// <summary>How long each resident keeps acting after signing up (sign-up and the closing round are not counted).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public int Seed { get; init; } = 20_261_126;

    /// <summary>Share of effectful Bot API calls that fail (500, timeouts before/after effect, dropped connections).</summary>
    public double FaultRate { get; init; } = 0.05;

    /// <summary>
    /// Share of requests the local geocoder fails (500, 503, answers slower than the client waits, dropped connections);
    /// null: the host reads addresses from the offline gazetteer and no geocoder runs.
    /// </summary>
    public double? GeocoderFaultRate { get; init; } = 0.2;

    /// <summary>How many times the host is killed (SIGKILL) at a random moment and restarted on the same database.</summary>
    public int Crashes { get; init; }

    /// <summary>Mean time between crashes; by default the run's duration spread over them.</summary>
    public TimeSpan? CrashEvery { get; init; }

    /// <summary>Residents acting at the same moment.</summary>
    public int Concurrency { get; init; } = 24;

    /// <summary>How long a resident waits for an answer before the run counts it as stalled.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>What residents may do once signed up, with weights: add new features' actions here.</summary>
    public IReadOnlyList<SoakAction> Actions { get; init; } = SoakActions.Default;

    /// <summary>Done by each resident once everyone has acted, while they apply (reserve what has an interested neighbour, give what is reserved).</summary>
    public IReadOnlyList<SoakAction> FinalActions { get; init; } = SoakActions.Closing;

    /// <summary>Progress lines (the benchmark prints them; tests send them to xunit's output).</summary>
    public Action<string> Log { get; init; } = _ => { };
}

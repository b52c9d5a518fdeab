namespace NeighbourBot.Geo.Addresses.Ban;

/// <summary>How patient the geocoder client is (<c>NeighbourBot:Addresses:Resilience</c>); the defaults suit a chat turn.</summary>
public sealed record BanResilienceOptions
{
    /// <summary>Everything included (attempts, waits): a resident is waiting for the answer.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(4);

    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>First wait of the exponential backoff (with jitter) when the server gave no <c>Retry-After</c>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The breaker opens when at least this share of calls fail within <see cref="BreakerSamplingDuration"/>.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    public int BreakerMinimumThroughput { get; init; } = 5;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long calls are refused at once before one probe is let through.</summary>
    public TimeSpan BreakerDuration { get; init; } = TimeSpan.FromSeconds(30);
}

namespace NeighbourBot.Dialogs.Middleware;

/// <summary>Per-resident message rate limit (section NeighbourBot:RateLimit).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Messages answered per window; the next one gets one polite notice, the rest are ignored.</summary>
    public int MaxMessages { get; set; } = 8;

    public int WindowSeconds { get; set; } = 10;
}

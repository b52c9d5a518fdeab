namespace NeighbourBot.Dialogs.Middleware;

/// <summary>Per-resident message rate limit (section NeighbourBot:RateLimit).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Messages answered per window; the next one gets one polite notice, the rest are ignored.</summary>
    public int MaxMessages { get; set; } = 8;

    public int WindowSeconds { get; set; } = 10;

    /// <summary>One readable line per bad value, naming the key (the host stops on any).</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxMessages < 1)
        {
            yield return "NeighbourBot:RateLimit:MaxMessages must be at least 1.";
        }

        if (WindowSeconds is < 1 or > 3600)
        {
            yield return "NeighbourBot:RateLimit:WindowSeconds must be between 1 and 3600.";
        }
    }
}

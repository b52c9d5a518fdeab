using NeighbourBot.Core.Listings;

namespace NeighbourBot.Core.Residents;

/// <summary>How often a resident wants a private digest, and of what.</summary>
public sealed record DigestPreference
{
    public DigestFrequency Frequency { get; init; } = DigestFrequency.Weekly;

    /// <summary>Local hour (Europe/Paris) at which the digest is sent.</summary>
    public int Hour { get; init; } = 18;

    /// <summary>Day of the weekly digest.</summary>
    public DayOfWeek Day { get; init; } = DayOfWeek.Sunday;

    /// <summary>Only these kinds; empty means all.</summary>
    public IReadOnlyList<ListingKind> Kinds { get; init; } = [];

    /// <summary>Only these categories; empty means all.</summary>
    public IReadOnlyList<ListingCategory> Categories { get; init; } = [];

    /// <summary>When the last private digest was built for this resident (no listing twice).</summary>
    public DateTimeOffset? LastSentAt { get; init; }
}

namespace NeighbourBot.Core.Verification;

/// <summary>A resident asking a quartier moderator to check their name and address by hand.</summary>
public sealed record ModeratorVerificationRequest
{
    /// <summary>Short random id carried in the moderators' button payloads.</summary>
    public string Id { get; init; } = "";

    public long ResidentId { get; init; }

    public string QuartierId { get; init; } = "";

    public ModeratorVerificationReason Reason { get; init; }

    public ModeratorVerificationStatus Status { get; init; } = ModeratorVerificationStatus.Pending;

    /// <summary>Who was asked: the quartier's moderators, or the operators when it has none.</summary>
    public IReadOnlyList<long> AskedIds { get; init; } = [];

    /// <summary>The one moderator who took the request and so sees the address (set at once when only one was asked).</summary>
    public long? ClaimedBy { get; init; }

    public long? DecidedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}

namespace NeighbourBot.Core.Digests;

/// <summary>
/// Where one recipient (a linked group, or a resident's private chat) stands with digests: listings published after
/// <see cref="Since"/> have not been in one of its digests yet, so none appears twice.
/// </summary>
public sealed record DigestMark
{
    /// <summary>The chat that receives the digest: a group chat id (negative) or a resident's user id; 0 is the group schedule itself.</summary>
    public long ChatId { get; init; }

    /// <summary>Listings published after this instant go in the next digest (the build time of the previous one).</summary>
    public DateTimeOffset Since { get; init; }

    /// <summary>The schedule slot handled last (so a slot is never handled twice).</summary>
    public DateTimeOffset LastDueAt { get; init; }

    /// <summary>When the next private digest falls due; null when the resident wants none (or for groups, which follow the cron).</summary>
    public DateTimeOffset? NextDueAt { get; init; }

    /// <summary>
    /// What the private digest needs of the resident, as the store last wrote it (the resident store keeps it in step with
    /// every change of the resident): due digests then need no second read. Null for groups, and for marks written before.
    /// </summary>
    public DigestRecipient? Recipient { get; init; }
}

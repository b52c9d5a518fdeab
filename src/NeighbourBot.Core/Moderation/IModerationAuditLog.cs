namespace NeighbourBot.Core.Moderation;

/// <summary>The append-only log of moderation decisions, automatic hides included.</summary>
public interface IModerationAuditLog
{
    /// <summary>Appends an entry; returns it with its id.</summary>
    ModerationAuditEntry Append(ModerationAuditEntry entry);

    /// <summary>Every entry about a listing, oldest first.</summary>
    IReadOnlyList<ModerationAuditEntry> ForListing(long listingId);

    /// <summary>Every entry at or after <paramref name="since"/>, oldest first.</summary>
    IReadOnlyList<ModerationAuditEntry> Since(DateTimeOffset since);
}

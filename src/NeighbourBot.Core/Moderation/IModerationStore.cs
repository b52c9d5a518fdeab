namespace NeighbourBot.Core.Moderation;

/// <summary>Moderation cases and blocked authors. Synchronous, like every store.</summary>
public interface IModerationStore
{
    ModerationCase? Find(long id);

    /// <summary>Inserts (Id 0 → a new id) or replaces; returns the saved case with its id.</summary>
    ModerationCase Save(ModerationCase moderationCase);

    /// <summary>The listing's undecided case, if any (one at a time).</summary>
    ModerationCase? PendingForListing(long listingId);

    /// <summary>Every case of a listing, oldest first.</summary>
    IReadOnlyList<ModerationCase> ForListing(long listingId);

    /// <summary>Undecided cases of these quartiers, oldest first.</summary>
    IReadOnlyList<ModerationCase> Pending(IReadOnlyCollection<string> quartierIds);

    /// <summary>Undecided cases of every quartier, oldest first.</summary>
    IReadOnlyList<ModerationCase> AllPending();

    /// <summary>Cases about this resident's listings or holding one of their reports (for /mesdonnees and /supprimer).</summary>
    IReadOnlyList<ModerationCase> Involving(long residentId);

    void BlockAuthor(AuthorBlock block);

    bool IsAuthorBlocked(long residentId);
}

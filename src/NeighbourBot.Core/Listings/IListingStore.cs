namespace NeighbourBot.Core.Listings;

/// <summary>Listings by id, author and quartier.</summary>
public interface IListingStore
{
    Listing? Find(long id);

    /// <summary>Inserts (Id 0 → a new id) or replaces; returns the saved listing with its id.</summary>
    Listing Save(Listing listing);

    IReadOnlyList<Listing> ByAuthor(long authorId);

    IReadOnlyList<Listing> InQuartier(string quartierId, ListingStatus status);

    IReadOnlyList<Listing> PublishedSince(string quartierId, DateTimeOffset since);

    /// <summary>Listings reserved for (or given to) this resident, whatever their status.</summary>
    IReadOnlyList<Listing> ReservedFor(long residentId);
}

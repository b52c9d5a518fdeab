namespace NeighbourBot.Core.Listings;

/// <summary>Listings by id, author and quartier.</summary>
public interface IListingStore
{
    Listing? Find(long id);

    /// <summary>Inserts (Id 0 → a new id) or replaces; returns the saved listing with its id.</summary>
    Listing Save(Listing listing);

    IReadOnlyList<Listing> ByAuthor(long authorId);

    IReadOnlyList<Listing> InQuartier(string quartierId, ListingStatus status);

    /// <summary>The open listings of a quartier as a search reads them (a light read: a busy quartier holds hundreds).</summary>
    IReadOnlyList<SearchableListing> SearchableIn(string quartierId);

    IReadOnlyList<Listing> PublishedSince(string quartierId, DateTimeOffset since);

    /// <summary>Listings reserved for (or given to) this resident, whatever their status.</summary>
    IReadOnlyList<Listing> ReservedFor(long residentId);
}

using NeighbourBot.Core.Listings;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB listing store.</summary>
public sealed class InMemoryListingStore : IListingStore
{
    private readonly Dictionary<long, Listing> _rows = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<Listing> All
    {
        get
        {
            lock (_lock)
            {
                return _rows.Values.OrderBy(l => l.Id).ToList();
            }
        }
    }

    public Listing? Find(long id)
    {
        lock (_lock)
        {
            return _rows.GetValueOrDefault(id);
        }
    }

    public Listing Save(Listing listing)
    {
        lock (_lock)
        {
            var saved = listing.Id == 0 ? listing with { Id = _rows.Count + 1 } : listing;
            _rows[saved.Id] = saved;
            return saved;
        }
    }

    public IReadOnlyList<Listing> ByAuthor(long authorId) => All.Where(l => l.AuthorId == authorId).ToList();

    public IReadOnlyList<Listing> InQuartier(string quartierId, ListingStatus status) =>
        All.Where(l => l.QuartierId == quartierId && l.Status == status).ToList();

    public IReadOnlyList<SearchableListing> SearchableIn(string quartierId) =>
        InQuartier(quartierId, ListingStatus.Open).Select(SearchableListing.Of).ToList();

    public IReadOnlyList<Listing> PublishedSince(string quartierId, DateTimeOffset since) =>
        All.Where(l => l.QuartierId == quartierId && l.PublishedAt >= since).ToList();

    public IReadOnlyList<Listing> ReservedFor(long residentId) => All.Where(l => l.ReservedFor == residentId).ToList();
}

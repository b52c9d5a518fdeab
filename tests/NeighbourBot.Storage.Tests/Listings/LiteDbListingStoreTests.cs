using NeighbourBot.Core.Listings;
using NeighbourBot.Storage.Listings;

namespace NeighbourBot.Storage.Tests.Listings;

public sealed class LiteDbListingStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = Samples.Now;
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbListingStore _listings;

    public LiteDbListingStoreTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _listings = new LiteDbListingStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Listings_are_found_by_author_and_by_quartier_and_status()
    {
        var open = Save(author: 1, "centre-ville", ListingStatus.Open);
        var draft = Save(author: 1, "centre-ville", ListingStatus.Draft);
        var elsewhere = Save(author: 2, "montchapet", ListingStatus.Open);
        var given = Save(author: 2, "centre-ville", ListingStatus.Given);

        Assert.Equal([open.Id, draft.Id], _listings.ByAuthor(1).Select(l => l.Id));
        Assert.Equal([open.Id], _listings.InQuartier("centre-ville", ListingStatus.Open).Select(l => l.Id));
        Assert.Equal([given.Id], _listings.InQuartier("centre-ville", ListingStatus.Given).Select(l => l.Id));
        Assert.Equal([elsewhere.Id], _listings.InQuartier("montchapet", ListingStatus.Open).Select(l => l.Id));
        Assert.Empty(_listings.ByAuthor(3));
    }

    [Fact]
    public void Published_since_returns_the_quartiers_listings_published_from_that_time_oldest_first()
    {
        var late = Save(author: 1, "centre-ville", ListingStatus.Open, publishedAt: Now.AddHours(-1));
        var early = Save(author: 1, "centre-ville", ListingStatus.Given, publishedAt: Now.AddHours(-20));
        Save(author: 1, "centre-ville", ListingStatus.Open, publishedAt: Now.AddHours(-30));
        Save(author: 1, "centre-ville", ListingStatus.Draft, publishedAt: null);
        Save(author: 1, "montchapet", ListingStatus.Open, publishedAt: Now.AddHours(-1));
        var exactly = Save(author: 1, "centre-ville", ListingStatus.Open, publishedAt: Now.AddHours(-24));

        var since = _listings.PublishedSince("centre-ville", Now.AddHours(-24));

        Assert.Equal([exactly.Id, early.Id, late.Id], since.Select(l => l.Id));
    }

    [Fact]
    public void Saving_a_new_listing_leaves_the_callers_record_untouched()
    {
        var draft = Samples.Listing();

        var saved = _listings.Save(draft);

        Assert.Equal(0, draft.Id);
        Assert.NotEqual(0, saved.Id);
        Assert.Null(_listings.Find(saved.Id + 1));
    }

    private Listing Save(long author, string quartierId, ListingStatus status, DateTimeOffset? publishedAt = null) =>
        _listings.Save(Samples.Listing() with { AuthorId = author, QuartierId = quartierId, Status = status, PublishedAt = publishedAt });
}

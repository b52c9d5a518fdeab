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
    public void The_light_search_read_gives_what_the_full_mapping_gives_for_the_quartiers_open_listings_only()
    {
        var kept = _listings.Save(Samples.Listing() with { Status = ListingStatus.Open, KeepContacts = true });
        var masked = _listings.Save(Samples.Listing() with { Status = ListingStatus.Open, KeepContacts = false, Items = [], Kind = ListingKind.Lend });
        _listings.Save(Samples.Listing() with { Status = ListingStatus.Reserved });
        _listings.Save(Samples.Listing() with { Status = ListingStatus.Open, QuartierId = "montchapet" });

        var searchable = _listings.SearchableIn("centre-ville").OrderBy(l => l.Id).ToList();

        Assert.Equal(2, searchable.Count);
        AssertSame(SearchableListing.Of(_listings.Find(kept.Id)!), searchable[0]);
        AssertSame(SearchableListing.Of(_listings.Find(masked.Id)!), searchable[1]);
        Assert.Contains("06 12 34 56 78", searchable[0].BroadcastText, StringComparison.Ordinal);
        Assert.DoesNotContain("06 12", searchable[1].BroadcastText, StringComparison.Ordinal);
        Assert.Equal(ListingKind.Lend, searchable[1].Kind);
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

    private static void AssertSame(SearchableListing expected, SearchableListing actual)
    {
        // Items compare by reference in a record: by content here.
        Assert.Equal(expected with { Items = [] }, actual with { Items = [] });
        Assert.Equal(expected.Items, actual.Items);
    }
}

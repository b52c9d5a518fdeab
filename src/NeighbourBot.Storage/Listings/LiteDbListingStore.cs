using LiteDB;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Storage.Listings;

/// <summary>Listings in LiteDB; ids come from a persisted sequence and are never reused.</summary>
public sealed class LiteDbListingStore(LiteDbDatabase database) : IListingStore
{
    private ILiteCollection<BsonDocument> Listings => database.Collection(CollectionNames.Listings);

    public Listing? Find(long id)
    {
        var document = Listings.FindById(id);
        return document is null ? null : database.Mapper.ToObject<Listing>(document);
    }

    public Listing Save(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return database.InTransaction(() =>
        {
            var saved = listing.Id == 0 ? listing with { Id = database.NextId(CollectionNames.Listings) } : listing;
            Listings.Upsert(database.Mapper.ToDocument(saved));
            return saved;
        });
    }

    public IReadOnlyList<Listing> ByAuthor(long authorId) =>
        Read(Predicates.Eq(nameof(Listing.AuthorId), authorId)).OrderBy(l => l.Id).ToList();

    public IReadOnlyList<Listing> InQuartier(string quartierId, ListingStatus status) =>
        Read(Predicates.EqAnd(nameof(Listing.QuartierId), quartierId, nameof(Listing.Status), "=", status.ToString()))
            .OrderBy(l => l.Id)
            .ToList();

    public IReadOnlyList<Listing> PublishedSince(string quartierId, DateTimeOffset since) =>
        Read(Predicates.EqAnd(nameof(Listing.QuartierId), quartierId, nameof(Listing.PublishedAt), ">=", since.UtcTicks))
            .OrderBy(l => l.PublishedAt)
            .ThenBy(l => l.Id)
            .ToList();

    public IReadOnlyList<Listing> ReservedFor(long residentId) =>
        Read(Predicates.Eq(nameof(Listing.ReservedFor), residentId)).OrderBy(l => l.Id).ToList();

    public IReadOnlyList<SearchableListing> SearchableIn(string quartierId) =>
        // Read by hand: the general mapper costs tens of microseconds per listing, and every /cherche reads the quartier's
        // whole open list. Field names are those the mapper writes (a spec reads both ways).
        Listings.Find(Predicates.EqAnd(nameof(Listing.QuartierId), quartierId, nameof(Listing.Status), "=", nameof(ListingStatus.Open)))
            .Select(ToSearchable)
            .ToList();

    private static SearchableListing ToSearchable(BsonDocument document)
    {
        static string Text(BsonValue value) => value.IsString ? value.AsString : "";
        var keepContacts = document[nameof(Listing.KeepContacts)] is { IsBoolean: true } keep && keep.AsBoolean;
        var items = document[nameof(Listing.Items)] is { IsArray: true } array ? array.AsArray.Select(Text).ToList() : [];
        var kind = BsonEnums.Of(document[nameof(Listing.Kind)], ListingKind.None);
        var published = document[nameof(Listing.PublishedAt)] is { IsNumber: true } ticks ? new DateTimeOffset(ticks.AsInt64, TimeSpan.Zero) : (DateTimeOffset?)null;
        return new SearchableListing(
            document["_id"].AsInt64,
            kind,
            published,
            Text(document[nameof(Listing.Title)]),
            items,
            Text(document[keepContacts ? nameof(Listing.Text) : nameof(Listing.MaskedText)]));
    }

    private IEnumerable<Listing> Read(BsonExpression predicate) =>
        Listings.Find(predicate).Select(database.Mapper.ToObject<Listing>);
}

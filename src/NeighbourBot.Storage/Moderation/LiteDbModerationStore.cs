using LiteDB;
using NeighbourBot.Core.Moderation;

namespace NeighbourBot.Storage.Moderation;

/// <summary>Moderation cases (ids from a persisted sequence, never reused: they ride in buttons) and blocked authors.</summary>
public sealed class LiteDbModerationStore(LiteDbDatabase database) : IModerationStore
{
    private ILiteCollection<BsonDocument> Cases => database.Collection(CollectionNames.ModerationCases);

    private ILiteCollection<BsonDocument> Blocks => database.Collection(CollectionNames.AuthorBlocks);

    public ModerationCase? Find(long id)
    {
        var document = Cases.FindById(id);
        return document is null ? null : database.Mapper.ToObject<ModerationCase>(document);
    }

    public ModerationCase Save(ModerationCase moderationCase)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        return database.InTransaction(() =>
        {
            var saved = moderationCase.Id == 0 ? moderationCase with { Id = database.NextId(CollectionNames.ModerationCases) } : moderationCase;
            Cases.Upsert(database.Mapper.ToDocument(saved));
            return saved;
        });
    }

    public ModerationCase? PendingForListing(long listingId) =>
        ForListing(listingId).LastOrDefault(c => c.IsPending);

    public IReadOnlyList<ModerationCase> ForListing(long listingId) =>
        Read(Predicates.Eq(nameof(ModerationCase.ListingId), listingId)).OrderBy(c => c.Id).ToList();

    public IReadOnlyList<ModerationCase> Pending(IReadOnlyCollection<string> quartierIds)
    {
        ArgumentNullException.ThrowIfNull(quartierIds);
        return quartierIds.Distinct(StringComparer.Ordinal)
            .SelectMany(q => Read(Predicates.Eq(nameof(ModerationCase.QuartierId), q)))
            .Where(c => c.IsPending)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .ToList();
    }

    public IReadOnlyList<ModerationCase> AllPending() =>
        Read(Query.EQ(nameof(ModerationCase.Decision), BsonValue.Null)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();

    // Cases are few (a handful a week per quartier) and this serves /mesdonnees and /supprimer only: a scan is fine.
    public IReadOnlyList<ModerationCase> Involving(long residentId) =>
        Cases.FindAll().Select(database.Mapper.ToObject<ModerationCase>)
            .Where(c => c.AuthorId == residentId || c.Reports.Any(r => r.ReporterId == residentId))
            .OrderBy(c => c.Id)
            .ToList();

    public void BlockAuthor(AuthorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var document = database.Mapper.ToDocument(block);
        document["_id"] = block.ResidentId;
        database.InTransaction(() => Blocks.Upsert(document));
    }

    public bool IsAuthorBlocked(long residentId) => Blocks.FindById(residentId) is not null;

    private IEnumerable<ModerationCase> Read(BsonExpression predicate) =>
        Cases.Find(predicate).Select(database.Mapper.ToObject<ModerationCase>);
}

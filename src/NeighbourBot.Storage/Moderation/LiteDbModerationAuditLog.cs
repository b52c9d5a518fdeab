using LiteDB;
using NeighbourBot.Core.Moderation;

namespace NeighbourBot.Storage.Moderation;

/// <summary>The moderation audit log in LiteDB: appended to, never rewritten.</summary>
public sealed class LiteDbModerationAuditLog(LiteDbDatabase database) : IModerationAuditLog
{
    private ILiteCollection<BsonDocument> Entries => database.Collection(CollectionNames.ModerationAudit);

    public ModerationAuditEntry Append(ModerationAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return database.InTransaction(() =>
        {
            var saved = entry with { Id = database.NextId(CollectionNames.ModerationAudit) };
            Entries.Insert(database.Mapper.ToDocument(saved));
            return saved;
        });
    }

    public IReadOnlyList<ModerationAuditEntry> ForListing(long listingId) =>
        Entries.Find(Predicates.Eq(nameof(ModerationAuditEntry.ListingId), listingId))
            .Select(database.Mapper.ToObject<ModerationAuditEntry>)
            .OrderBy(e => e.Id)
            .ToList();

    public IReadOnlyList<ModerationAuditEntry> Since(DateTimeOffset since) =>
        Entries.Find(Predicates.Gte(nameof(ModerationAuditEntry.At), since.UtcTicks))
            .Select(database.Mapper.ToObject<ModerationAuditEntry>)
            .OrderBy(e => e.Id)
            .ToList();
}

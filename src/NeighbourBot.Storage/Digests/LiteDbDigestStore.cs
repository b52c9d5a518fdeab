using LiteDB;
using NeighbourBot.Core.Digests;

namespace NeighbourBot.Storage.Digests;

/// <summary>Digest watermarks in LiteDB, keyed by recipient chat id, with due private digests found through an index.</summary>
public sealed class LiteDbDigestStore(LiteDbDatabase database) : IDigestStore
{
    private ILiteCollection<BsonDocument> Marks => database.Collection(CollectionNames.DigestMarks);

    public DigestMark? Find(long chatId)
    {
        var document = Marks.FindById(chatId);
        return document is null ? null : database.Mapper.ToObject<DigestMark>(document);
    }

    public void Save(DigestMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var document = database.Mapper.ToDocument(mark);
        database.InTransaction(() => Marks.Upsert(document));
    }

    public bool Delete(long chatId) => database.InTransaction(() => Marks.Delete(chatId));

    public IReadOnlyList<DigestMark> DueBy(DateTimeOffset now, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        // The index keeps NextDueAt in order, so only the due marks are read, however many residents there are.
        return Marks.Query()
            .Where(Query.Between(nameof(DigestMark.NextDueAt), new BsonValue(long.MinValue), new BsonValue(now.UtcTicks)))
            .OrderBy(nameof(DigestMark.NextDueAt))
            .Limit(max)
            .ToEnumerable()
            .Select(database.Mapper.ToObject<DigestMark>)
            .ToList();
    }
}

using LiteDB;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Digests;

namespace NeighbourBot.Storage.Residents;

/// <summary>Residents in LiteDB, keyed by their Telegram user id.</summary>
public sealed class LiteDbResidentStore(LiteDbDatabase database) : IResidentStore
{
    private ILiteCollection<BsonDocument> Residents => database.Collection(CollectionNames.Residents);

    public Resident? Find(long id)
    {
        var document = Residents.FindById(id);
        return document is null ? null : database.Mapper.ToObject<Resident>(document);
    }

    public void Upsert(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var document = database.Mapper.ToDocument(resident);
        database.InTransaction(() =>
        {
            Residents.Upsert(document);
            LiteDbDigestStore.Refresh(database, resident);
        });
    }

    public bool Delete(long id) => database.InTransaction(() =>
    {
        // A private digest watermark carries a snapshot of its resident: it goes with them.
        database.Collection(CollectionNames.DigestMarks).Delete(id);
        return Residents.Delete(id);
    });

    public IReadOnlyList<Resident> InQuartier(string quartierId) =>
        Residents.Find(Predicates.Eq(nameof(Resident.QuartierId), quartierId))
            .Select(database.Mapper.ToObject<Resident>)
            .OrderBy(r => r.Id)
            .ToList();

    public int Count() => Residents.Count();
}

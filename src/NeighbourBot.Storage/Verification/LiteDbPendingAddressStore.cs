using LiteDB;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Storage.Verification;

/// <summary>Addresses waiting for the geocoder, in LiteDB, one row per resident; indexed by next attempt.</summary>
public sealed class LiteDbPendingAddressStore(LiteDbDatabase database) : IPendingAddressStore
{
    private ILiteCollection<BsonDocument> Pending => database.Collection(CollectionNames.PendingAddresses);

    public PendingAddress? Find(long residentId)
    {
        var document = Pending.FindById(residentId);
        return document is null ? null : database.Mapper.ToObject<PendingAddress>(document);
    }

    public void Upsert(PendingAddress pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var document = database.Mapper.ToDocument(pending);
        database.InTransaction(() => Pending.Upsert(document));
    }

    public bool Remove(long residentId) => database.InTransaction(() => Pending.Delete(residentId));

    public IReadOnlyList<PendingAddress> Due(DateTimeOffset now, int max) =>
        Pending.Find(Predicates.EqAnd(
                nameof(PendingAddress.State), PendingAddressState.Waiting.ToString(), nameof(PendingAddress.NextAttemptAt), "<=", now.UtcTicks))
            .Select(database.Mapper.ToObject<PendingAddress>)
            .OrderBy(p => p.NextAttemptAt)
            .Take(max)
            .ToList();
}

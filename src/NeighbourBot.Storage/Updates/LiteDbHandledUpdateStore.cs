using LiteDB;
using NeighbourBot.Core.Storage;

namespace NeighbourBot.Storage.Updates;

/// <summary>Handled Telegram update ids with the time they were handled, pruned by age.</summary>
public sealed class LiteDbHandledUpdateStore(LiteDbDatabase database) : IHandledUpdateStore
{
    private ILiteCollection<BsonDocument> Updates => database.Collection(CollectionNames.HandledUpdates);

    public bool IsHandled(long updateId) => Updates.Exists(Predicates.Eq("_id", updateId));

    public void MarkHandled(long updateId, DateTimeOffset at) =>
        database.InTransaction(() => Updates.Upsert(new BsonDocument { ["_id"] = updateId, ["At"] = at.UtcTicks }));

    public int PruneOlderThan(DateTimeOffset cutoff) =>
        database.InTransaction(() => Updates.DeleteMany(Predicates.Lt("At", cutoff.UtcTicks)));
}

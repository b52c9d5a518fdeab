using LiteDB;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Core.Verification;
using NeighbourBot.Storage.Outbox;

namespace NeighbourBot.Storage.Retention;

/// <summary>Erasure and retention over the LiteDB collections (README, Retention).</summary>
public sealed class LiteDbRetentionStore(LiteDbDatabase database, LiteDbOutboxStore outbox) : IRetentionStore
{
    public int ForgetOutbox(long chatId, IReadOnlyCollection<string> correlations)
    {
        ArgumentNullException.ThrowIfNull(correlations);
        var set = correlations.ToHashSet(StringComparer.Ordinal);
        return outbox.Forget(row => row.ChatId == chatId || (row.Correlation is { } c && set.Contains(c)));
    }

    public int ForgetOutboxBefore(string correlationPrefix, DateTimeOffset cutoff)
    {
        ArgumentException.ThrowIfNullOrEmpty(correlationPrefix);
        return outbox.Forget(row => row.State != OutboxState.Sending
            && row.CreatedAt < cutoff
            && row.Correlation?.StartsWith(correlationPrefix, StringComparison.Ordinal) == true);
    }

    public IReadOnlyList<long> RelayIdsOf(long residentId) =>
        database.Collection(CollectionNames.Relays)
            .Find(Predicates.EqEither(nameof(Relay.PosterId), nameof(Relay.NeighbourId), residentId))
            .Select(d => d["_id"].AsInt64)
            .ToList();

    public void Checkpoint() => database.Checkpoint();

    public IReadOnlyList<Resident> UnverifiedBefore(DateTimeOffset cutoff) =>
        database.Collection(CollectionNames.Residents)
            .Find(Query.Or(
                Query.EQ(nameof(Resident.Verification), nameof(VerificationLevel.None)),
                Query.EQ(nameof(Resident.Verification), nameof(VerificationLevel.Pending))))
            .Select(database.Mapper.ToObject<Resident>)
            .Where(r => r.CreatedAt < cutoff && r.Address is not null)
            .ToList();

    public IReadOnlyList<PendingAddress> PendingBefore(DateTimeOffset cutoff) =>
        database.Collection(CollectionNames.PendingAddresses)
            .Find(Predicates.Lt(nameof(PendingAddress.CreatedAt), cutoff.UtcTicks))
            .Select(database.Mapper.ToObject<PendingAddress>)
            .ToList();
}

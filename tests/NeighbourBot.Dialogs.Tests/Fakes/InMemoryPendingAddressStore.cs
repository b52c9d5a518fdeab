using System.Collections.Concurrent;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB pending address store.</summary>
public sealed class InMemoryPendingAddressStore : IPendingAddressStore
{
    private readonly ConcurrentDictionary<long, PendingAddress> _rows = new();

    public PendingAddress? Find(long residentId) => _rows.GetValueOrDefault(residentId);

    public void Upsert(PendingAddress pending) => _rows[pending.ResidentId] = pending;

    public bool Remove(long residentId) => _rows.TryRemove(residentId, out _);

    public IReadOnlyList<PendingAddress> Due(DateTimeOffset now, int max) =>
        _rows.Values.Where(p => p.State == PendingAddressState.Waiting && p.NextAttemptAt <= now).Take(max).ToList();
}

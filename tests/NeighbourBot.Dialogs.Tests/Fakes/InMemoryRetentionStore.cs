using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>
/// Records what erasure asked of the storage and forgets nothing: the in-memory outbox keeps its rows so that
/// specs can read what a turn sent. The real sweeps are proven on LiteDB (ErasureProofSpecs, RetentionSpecs).
/// </summary>
public sealed class InMemoryRetentionStore(InMemoryRelayStore relays) : IRetentionStore
{
    public List<(long ChatId, IReadOnlyCollection<string> Correlations)> Forgotten { get; } = [];

    public int ForgetOutbox(long chatId, IReadOnlyCollection<string> correlations)
    {
        Forgotten.Add((chatId, correlations));
        return 0;
    }

    public int ForgetOutboxBefore(string correlationPrefix, DateTimeOffset cutoff) => 0;

    public IReadOnlyList<long> RelayIdsOf(long residentId) => relays.All.Where(r => r.Involves(residentId)).Select(r => r.Id).ToList();

    public int Checkpoints { get; private set; }

    public void Checkpoint() => Checkpoints++;

    public IReadOnlyList<Resident> UnverifiedBefore(DateTimeOffset cutoff) => [];

    public IReadOnlyList<PendingAddress> PendingBefore(DateTimeOffset cutoff) => [];
}

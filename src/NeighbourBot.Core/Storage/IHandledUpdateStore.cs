namespace NeighbourBot.Core.Storage;

/// <summary>Update ids already handled, so a redelivered update changes nothing (pruned after 48 h).</summary>
public interface IHandledUpdateStore
{
    bool IsHandled(long updateId);

    void MarkHandled(long updateId, DateTimeOffset at);

    int PruneOlderThan(DateTimeOffset cutoff);
}

using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Core.Storage;

/// <summary>What erasure (/supprimer) and the retention sweeps need beyond the ordinary stores: reads and deletes across them.</summary>
public interface IRetentionStore
{
    /// <summary>Deletes every outbox row, whatever its state, sent to <paramref name="chatId"/> or carrying one of <paramref name="correlations"/>.</summary>
    int ForgetOutbox(long chatId, IReadOnlyCollection<string> correlations);

    /// <summary>Deletes outbox rows whose correlation starts with <paramref name="correlationPrefix"/>, created before <paramref name="cutoff"/>, unless in flight.</summary>
    int ForgetOutboxBefore(string correlationPrefix, DateTimeOffset cutoff);

    /// <summary>Every relay (open or closed) where the resident is either side.</summary>
    IReadOnlyList<long> RelayIdsOf(long residentId);

    /// <summary>Moves committed writes out of the database's log, where older versions of erased records linger until then.</summary>
    void Checkpoint();

    /// <summary>Residents who never got an address verified (level None or Pending), signed up before <paramref name="cutoff"/>, still holding an address.</summary>
    IReadOnlyList<Resident> UnverifiedBefore(DateTimeOffset cutoff);

    /// <summary>Addresses waiting for the geocoder or for the resident's answer since before <paramref name="cutoff"/>.</summary>
    IReadOnlyList<PendingAddress> PendingBefore(DateTimeOffset cutoff);
}

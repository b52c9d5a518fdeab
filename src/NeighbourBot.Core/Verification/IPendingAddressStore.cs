namespace NeighbourBot.Core.Verification;

/// <summary>Addresses waiting for the geocoder, by resident.</summary>
public interface IPendingAddressStore
{
    PendingAddress? Find(long residentId);

    void Upsert(PendingAddress pending);

    bool Remove(long residentId);

    /// <summary>Entries still <see cref="PendingAddressState.Waiting"/> whose next attempt is due at <paramref name="now"/>.</summary>
    IReadOnlyList<PendingAddress> Due(DateTimeOffset now, int max);
}

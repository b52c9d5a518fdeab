using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Account;

/// <summary>
/// The retention rules of the README, applied at the current time: the address of a signup never verified
/// goes after 30 days (with its pending lookup and moderator request), the words of relays after 90 days,
/// expired geocoder answers (keyed by what residents typed) within the hour. A run after downtime sweeps
/// everything overdue at once. LiteDB zeroes the bytes it frees; after an erasure (a sweep, or /supprimer) the
/// log, which still holds the pages as they were, is emptied into the data file, so nothing erased stays readable.
/// </summary>
public sealed class RetentionJobs(
    IRetentionStore retention,
    IResidentStore residents,
    IPendingAddressStore pendingAddresses,
    IModeratorVerificationStore verificationRequests,
    IUnitOfWorkFactory unitOfWorkFactory,
    IStorage botState,
    AddressQueryCache geocoderCache,
    TimeProvider timeProvider,
    ILogger<RetentionJobs> logger)
{
    /// <summary>How long the address of a signup that never got verified is kept.</summary>
    public static readonly TimeSpan UnverifiedAddressLifetime = TimeSpan.FromDays(30);

    /// <summary>How long the words residents exchange through a relay are kept.</summary>
    public static readonly TimeSpan RelayMessageLifetime = TimeSpan.FromDays(90);

    /// <summary>Sweeps run at most this often (the first run sweeps at once: catch-up after downtime).</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;
    private bool _checkpointRequested;

    /// <summary>Asks the next run to empty the database log (staged by /supprimer, so it happens once the erasure committed).</summary>
    public void RequestCheckpoint()
    {
        lock (_gate)
        {
            _checkpointRequested = true;
        }
    }

    /// <summary>
    /// Sweeps what is due at <see cref="TimeProvider.GetUtcNow"/>, at most once per <see cref="SweepInterval"/>, each
    /// erasure in its own unit of work; then, after any erasure, empties the database log.
    /// </summary>
    public async Task<RetentionRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        bool sweep, checkpoint;
        lock (_gate)
        {
            sweep = now - _lastSweep >= SweepInterval;
            if (sweep)
            {
                _lastSweep = now;
            }

            checkpoint = _checkpointRequested;
            _checkpointRequested = false;
        }

        int addresses = 0, pending = 0, relayMessages = 0, cached = 0;
        if (sweep)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (addresses, pending) = await ForgetUnverifiedAsync(now, cancellationToken);
            relayMessages = Commit(() => retention.ForgetOutboxBefore(RelayCorrelation.Prefix, now - RelayMessageLifetime));
            cached = geocoderCache.PruneExpired();
        }

        if (addresses + pending + relayMessages > 0)
        {
            checkpoint = true;
            logger.LogInformation(
                "Retention: {Addresses} unverified addresses, {Pending} pending lookups and {RelayMessages} relay messages erased",
                addresses,
                pending,
                relayMessages);
        }

        if (checkpoint)
        {
            retention.Checkpoint();
        }

        return new RetentionRun(addresses, pending, relayMessages, cached, checkpoint);
    }

    private async Task<(int Addresses, int Pending)> ForgetUnverifiedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - UnverifiedAddressLifetime;
        var addresses = 0;
        foreach (var resident in retention.UnverifiedBefore(cutoff))
        {
            addresses += Commit(() =>
            {
                // Read again inside the unit: the resident may have finished signing up since.
                if (residents.Find(resident.Id) is not { Verification: VerificationLevel.None or VerificationLevel.Pending } current)
                {
                    return 0;
                }

                residents.Upsert(current with { Address = null, Verification = VerificationLevel.None, UpdatedAt = now });
                pendingAddresses.Remove(current.Id);
                if (verificationRequests.PendingFor(current.Id) is { } request)
                {
                    verificationRequests.Upsert(request with { Status = ModeratorVerificationStatus.Refused, DecidedAt = now });
                }

                return 1;
            });

            // The signup draft in the conversation holds the typed address too; signing up again starts afresh.
            var conversation = resident.PrivateChatId != 0 ? resident.PrivateChatId : resident.Id;
            await botState.DeleteAsync(
                [$"{ChannelConventions.TelegramChannelId}/conversations/{conversation.ToString(CultureInfo.InvariantCulture)}"], cancellationToken);
        }

        var pending = 0;
        foreach (var entry in retention.PendingBefore(cutoff))
        {
            pending += Commit(() => pendingAddresses.Remove(entry.ResidentId) ? 1 : 0);
        }

        return (addresses, pending);
    }

    private int Commit(Func<int> write)
    {
        var result = 0;
        var unit = unitOfWorkFactory.Begin();
        unit.Stage(() => result = write());
        unit.Commit();
        return result;
    }
}

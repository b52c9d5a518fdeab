using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Storage;
using NeighbourBot.Dialogs.Signup;

namespace NeighbourBot.Host.Hosting;

/// <summary>
/// Background work on a timer: addresses typed while the geocoder was down are looked up again (every
/// minute), and handled update ids older than 48 h are pruned (hourly; Telegram never redelivers them later).
/// </summary>
public sealed class RecurringJobs(
    PendingVerificationJob pendingAddresses,
    IHandledUpdateStore handledUpdates,
    TimeProvider time,
    ILogger<RecurringJobs> logger) : BackgroundService
{
    public static readonly TimeSpan PendingAddressInterval = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan HandledUpdateLifetime = TimeSpan.FromHours(48);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPrune = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(PendingAddressInterval, time);
        do
        {
            try
            {
                var resolved = await pendingAddresses.RunOnceAsync(stoppingToken);
                if (resolved > 0)
                {
                    logger.LogInformation("{Count} pending addresses resolved", resolved);
                }

                var now = time.GetUtcNow();
                if (now - lastPrune >= TimeSpan.FromHours(1))
                {
                    lastPrune = now;
                    handledUpdates.PruneOlderThan(now - HandledUpdateLifetime);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // A failed run is retried at the next tick; the process keeps serving residents.
                logger.LogError(e, "A recurring job failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

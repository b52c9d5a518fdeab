using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// Runs <see cref="DigestJobs"/> at start-up (catching up once on any downtime), then every minute, and right at each
/// group occurrence when that comes sooner. The clock is the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class DigestJobsService(DigestJobs jobs, TimeProvider timeProvider, ILogger<DigestJobsService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await jobs.RunOnceAsync(stoppingToken);
                await Task.Delay(NextWait(), timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // A failed run is retried at the next tick; the process keeps serving residents.
                logger.LogError(e, "The digest jobs failed");
                await Task.Delay(Interval, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private TimeSpan NextWait()
    {
        var now = timeProvider.GetUtcNow();
        var untilGroup = jobs.NextGroupOccurrence() is { } next ? next - now : Interval;
        return untilGroup < Interval ? untilGroup + TimeSpan.FromMilliseconds(50) : Interval;
    }
}

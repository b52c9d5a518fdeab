using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NeighbourBot.Dialogs.Scheduling;

/// <summary>
/// Runs a job at start-up (catching up on any downtime) and then every minute on the injected clock; a failed run is
/// logged and retried at the next tick, and the process keeps serving residents.
/// </summary>
public abstract class EveryMinuteService(TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>What the log calls the job ("the retention jobs").</summary>
    protected abstract string JobName { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Job} failed", JobName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

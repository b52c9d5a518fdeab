using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NeighbourBot.Dialogs.Account;

/// <summary>Runs <see cref="RetentionJobs"/> at start-up (catching up on any downtime) and then every minute.</summary>
public sealed class RetentionService(RetentionJobs jobs, TimeProvider timeProvider, ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>Short, so the log is emptied soon after /supprimer; the sweeps themselves run at most every <see cref="RetentionJobs.SweepInterval"/>.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                await jobs.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // A failed run is retried at the next tick; the process keeps serving residents.
                logger.LogError(e, "The retention jobs failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NeighbourBot.Dialogs.Community;

/// <summary>Runs <see cref="CommunityJobs"/> at start-up (catching up on any downtime) and then every minute.</summary>
public sealed class CommunityJobsService(CommunityJobs jobs, TimeProvider timeProvider, ILogger<CommunityJobsService> logger) : BackgroundService
{
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
                logger.LogError(e, "The community jobs failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

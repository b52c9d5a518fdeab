using Microsoft.Extensions.Logging;
using NeighbourBot.Dialogs.Scheduling;

namespace NeighbourBot.Dialogs.Community;

/// <summary>Runs <see cref="CommunityJobs"/> (expiry reminders and expiry) every minute.</summary>
public sealed class CommunityJobsService(CommunityJobs jobs, TimeProvider timeProvider, ILogger<CommunityJobsService> logger)
    : EveryMinuteService(timeProvider, logger)
{
    protected override string JobName => "The community jobs";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => jobs.RunOnceAsync(cancellationToken);
}

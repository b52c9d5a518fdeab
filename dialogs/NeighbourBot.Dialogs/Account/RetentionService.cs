using Microsoft.Extensions.Logging;
using NeighbourBot.Dialogs.Scheduling;

namespace NeighbourBot.Dialogs.Account;

/// <summary>
/// Runs <see cref="RetentionJobs"/> every minute, so the log is emptied soon after /supprimer; the sweeps themselves run
/// at most every <see cref="RetentionJobs.SweepInterval"/>.
/// </summary>
public sealed class RetentionService(RetentionJobs jobs, TimeProvider timeProvider, ILogger<RetentionService> logger)
    : EveryMinuteService(timeProvider, logger)
{
    protected override string JobName => "The retention jobs";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => jobs.RunOnceAsync(cancellationToken);
}

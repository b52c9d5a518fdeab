using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace NeighbourBot.Telegram.Sending;

/// <summary>
/// The one Polly pipeline every Bot API send goes through: a timeout per attempt, and retries with
/// exponential backoff and jitter on 429 (waiting exactly <c>retry_after</c>), 5xx and network faults.
/// Other 4xx (403 blocked, 400 bad request, migrations) are never retried here: the caller handles them.
/// Telegram.Bot's own retry is off (<c>RetryThreshold = 0</c>) so the two never stack.
/// </summary>
public static class TelegramResilience
{
    public static ResiliencePipeline Create(TelegramResilienceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e
                    && TelegramFault.Classify(e is TimeoutRejectedException ? new TimeoutException() : e, CancellationToken.None) is TelegramFaultKind.RateLimited or TelegramFaultKind.Transient
                    && !(e is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && TelegramFault.RetryAfter(e) is { } wait ? wait : (TimeSpan?)null),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}

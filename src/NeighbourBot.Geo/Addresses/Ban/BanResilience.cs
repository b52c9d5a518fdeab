using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace NeighbourBot.Geo.Addresses.Ban;

/// <summary>
/// The one resilience pipeline of the geocoder client, shared by every call so that the circuit breaker sees
/// them all: total timeout → retry (exponential backoff with jitter, or the server's <c>Retry-After</c>) →
/// circuit breaker → per-attempt timeout.
/// </summary>
public sealed class BanResilience
{
    public BanResilience(BanResilienceOptions options, TimeProvider timeProvider, ILogger<BanResilience> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        Pipeline = Build(options, timeProvider, logger);
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>What is worth another try: throttling, server faults, network faults and attempt timeouts.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        // HttpClient.Timeout surfaces as a TaskCanceledException wrapping a TimeoutException.
        { Exception: TaskCanceledException { InnerException: TimeoutException } } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    /// <summary>The wait the server asked for (<c>Retry-After</c>, in seconds or as a date), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(
        BanResilienceOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "ban",
            TimeProvider = timeProvider,
        };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // A server asking for a longer wait than the resident's whole budget is not worth waiting for.
                ShouldHandle = args => ValueTask.FromResult(
                    IsTransient(args.Outcome) && !(RetryAfter(args.Outcome.Result, timeProvider) > options.TotalTimeout)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                // The server's own figure wins over our backoff (Polly uses a generated delay as is, without jitter).
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    logger.LogWarning(
                        args.Outcome.Exception,
                        "Geocoder attempt {Attempt} failed ({Status}); retrying in {Delay}",
                        args.AttemptNumber + 1,
                        args.Outcome.Result?.StatusCode.ToString() ?? args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerDuration,
            OnOpened = args =>
            {
                logger.LogError(
                    args.Outcome.Exception,
                    "Geocoder circuit opened for {BreakDuration}: address lookups answer 'unavailable' meanwhile",
                    args.BreakDuration);
                return default;
            },
            OnHalfOpened = _ =>
            {
                logger.LogInformation("Geocoder circuit half-open: probing with the next call");
                return default;
            },
            OnClosed = _ =>
            {
                logger.LogInformation("Geocoder circuit closed: the geocoder answers again");
                return default;
            },
        });
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }
}

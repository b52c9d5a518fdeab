using Polly.Timeout;
using Telegram.Bot.Exceptions;

namespace NeighbourBot.Telegram.Sending;

/// <summary>What a failed Bot API call means for delivery.</summary>
public enum TelegramFaultKind
{
    /// <summary>429: wait <c>retry_after</c>, then try again.</summary>
    RateLimited = 0,

    /// <summary>5xx, timeout, dropped connection: try again later (the message may already exist).</summary>
    Transient,

    /// <summary>403: the user blocked the bot, or the bot was removed from the group. Stop sending there.</summary>
    Unreachable,

    /// <summary>400 with migrate_to_chat_id: the group became a supergroup with a new id.</summary>
    Migrated,

    /// <summary>Any other 4xx: our request is wrong and will stay wrong. Do not retry.</summary>
    Permanent,
}

/// <summary>Classifies Bot API failures (https://core.telegram.org/bots/api#making-requests, ResponseParameters).</summary>
public static class TelegramFault
{
    public static TelegramFaultKind? Classify(Exception exception, CancellationToken callerToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case ApiRequestException { ErrorCode: 429 }:
                return TelegramFaultKind.RateLimited;
            case ApiRequestException { Parameters.MigrateToChatId: not null }:
                return TelegramFaultKind.Migrated;
            case ApiRequestException { ErrorCode: 403 }:
                return TelegramFaultKind.Unreachable;
            case ApiRequestException { ErrorCode: >= 500 }:
                return TelegramFaultKind.Transient;
            case ApiRequestException:
                return TelegramFaultKind.Permanent;
            case RequestException or HttpRequestException or IOException:
                return TelegramFaultKind.Transient;
            case TimeoutRejectedException or TimeoutException:
                // Our per-attempt timeout (TelegramResilience maps it to TimeoutException to ask this method):
                // the request may or may not have taken effect, like a dropped connection.
                return TelegramFaultKind.Transient;
            case OperationCanceledException when !callerToken.IsCancellationRequested:
                // A timeout (ours or HttpClient's), not the caller stopping.
                return TelegramFaultKind.Transient;
            default:
                return null;
        }
    }

    public static TimeSpan? RetryAfter(Exception exception) =>
        exception is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(seconds) : null;

    public static long? MigrateTo(Exception exception) =>
        exception is ApiRequestException { Parameters.MigrateToChatId: { } id } ? id : null;
}

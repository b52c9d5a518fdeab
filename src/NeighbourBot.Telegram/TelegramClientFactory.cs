using Telegram.Bot;

namespace NeighbourBot.Telegram;

/// <summary>
/// Creates the Bot API client. Its own retry is off (<c>RetryThreshold = 0</c>): 429s and faults are
/// handled by our limiter and Polly pipeline. Its HttpClient is a plain one, not from IHttpClientFactory,
/// whose logging handler would print request paths — and so the token — at Information level.
/// </summary>
public static class TelegramClientFactory
{
    public static TelegramBotClient Create(TelegramOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new TelegramBotClientOptions(options.Token, options.ApiBaseUrl.TrimEnd('/'))
        {
            RetryThreshold = 0,
        };
        var http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Long polling waits up to PollingTimeoutSeconds on the server; leave room above it.
            Timeout = TimeSpan.FromSeconds(options.PollingTimeoutSeconds + 20),
        };
        return new TelegramBotClient(clientOptions, http);
    }
}

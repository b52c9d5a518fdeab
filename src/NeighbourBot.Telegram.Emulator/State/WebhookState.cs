namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>A webhook set by setWebhook, with what Telegram reports about its last failure.</summary>
internal sealed class WebhookState(Uri url, string? secretToken, int maxConnections)
{
    public Uri Url { get; } = url;

    public string? SecretToken { get; } = secretToken;

    public int MaxConnections { get; } = maxConnections;

    public DateTimeOffset? LastErrorDate { get; set; }

    public string? LastErrorMessage { get; set; }

    public CancellationTokenSource Stop { get; } = new();
}

namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's WebhookInfo object.</summary>
internal sealed class WireWebhookInfo
{
    public required string Url { get; init; }

    public required bool HasCustomCertificate { get; init; }

    public required int PendingUpdateCount { get; init; }

    public long? LastErrorDate { get; init; }

    public string? LastErrorMessage { get; init; }

    public int? MaxConnections { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}

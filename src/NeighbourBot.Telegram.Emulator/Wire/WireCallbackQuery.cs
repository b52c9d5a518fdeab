namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's CallbackQuery object.</summary>
internal sealed class WireCallbackQuery
{
    public required string Id { get; init; }

    public required WireUser From { get; init; }

    public WireMessage? Message { get; init; }

    public required string ChatInstance { get; init; }

    public string? Data { get; init; }
}

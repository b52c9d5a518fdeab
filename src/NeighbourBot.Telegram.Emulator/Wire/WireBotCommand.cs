namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's BotCommand object.</summary>
internal sealed class WireBotCommand
{
    public required string Command { get; init; }

    public required string Description { get; init; }
}

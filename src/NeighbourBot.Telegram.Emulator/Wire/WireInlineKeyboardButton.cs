namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's InlineKeyboardButton object (the kinds the bot uses).</summary>
internal sealed class WireInlineKeyboardButton
{
    public required string Text { get; init; }

    public string? CallbackData { get; init; }

    public string? Url { get; init; }
}

namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's InlineKeyboardMarkup object.</summary>
internal sealed class WireInlineKeyboardMarkup
{
    public required IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>> InlineKeyboard { get; init; }
}

using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>A validated reply_markup: an inline keyboard, a reply keyboard, or the order to remove the latter.</summary>
internal sealed record ReplyMarkup(
    IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? Inline,
    EmulatedReplyKeyboard? Keyboard,
    bool RemoveKeyboard);

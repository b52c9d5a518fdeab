namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>The custom keyboard a bot put in place of the user's keyboard.</summary>
public sealed record EmulatedReplyKeyboard(IReadOnlyList<IReadOnlyList<EmulatedKeyboardButton>> Rows, bool OneTime, bool Resize);

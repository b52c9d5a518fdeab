namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>A reply keyboard button; one may ask for the user's location.</summary>
public sealed record EmulatedKeyboardButton(string Text, bool RequestsLocation);

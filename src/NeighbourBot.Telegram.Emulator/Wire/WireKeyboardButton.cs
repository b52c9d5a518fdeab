namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's KeyboardButton object (text, optionally asking for the location).</summary>
internal sealed class WireKeyboardButton
{
    public required string Text { get; init; }

    public bool? RequestLocation { get; init; }

    public bool? RequestContact { get; init; }
}

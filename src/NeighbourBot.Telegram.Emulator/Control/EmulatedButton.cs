namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>An inline keyboard button as shown under a message.</summary>
public sealed record EmulatedButton(string Text, string? CallbackData, string? Url);

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>What the bot answered to a button press (answerCallbackQuery).</summary>
public sealed record CallbackAnswer(string? Text, bool ShowAlert, string? Url);

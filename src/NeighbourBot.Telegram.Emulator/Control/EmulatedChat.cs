namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>What a chat shows now.</summary>
public sealed record EmulatedChat(
    long Id,
    ChatKind Kind,
    string? Title,
    long? MigratedToChatId,
    IReadOnlyList<EmulatedMessage> Messages,
    EmulatedReplyKeyboard? ReplyKeyboard);

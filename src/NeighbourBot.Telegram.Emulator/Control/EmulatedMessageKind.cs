namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>What a message carries.</summary>
public enum EmulatedMessageKind
{
    Text,
    Photo,
    Location,
    Sticker,
    Voice,
    Service,
    Document,
}

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>The kinds of chat the emulator knows.</summary>
public enum ChatKind
{
    Private,
    Group,
    Supergroup,
}

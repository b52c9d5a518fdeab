namespace NeighbourBot.Dialogs.Messaging;

/// <summary>Whether an activity carries a button press, and whether its payload is well formed.</summary>
public enum CallbackReadResult
{
    None = 0,
    Valid,
    Malformed,
}

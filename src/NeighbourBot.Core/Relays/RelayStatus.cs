namespace NeighbourBot.Core.Relays;

/// <summary>Whether the bot still carries messages in a relay.</summary>
public enum RelayStatus
{
    Open = 0,
    Closed,
}

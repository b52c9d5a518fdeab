namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>Where a request to join a group stands.</summary>
public enum JoinRequestStatus
{
    Pending,
    Approved,
    Declined,
}

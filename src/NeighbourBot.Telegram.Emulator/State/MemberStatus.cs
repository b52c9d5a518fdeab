namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>Telegram's chat member statuses (restricted is not emulated).</summary>
internal enum MemberStatus
{
    Left,
    Member,
    Administrator,
    Creator,
    Kicked,
}

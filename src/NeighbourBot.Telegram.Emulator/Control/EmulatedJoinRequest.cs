namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>A user's request to join a group through an invite link.</summary>
public sealed record EmulatedJoinRequest(long ChatId, long UserId, string InviteLink, JoinRequestStatus Status);

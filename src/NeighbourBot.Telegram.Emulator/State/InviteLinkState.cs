namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>An invite link created by a bot.</summary>
internal sealed record InviteLinkState(
    string Url,
    long ChatId,
    long CreatorBotId,
    bool CreatesJoinRequest,
    string? Name,
    DateTimeOffset? ExpireDate,
    int? MemberLimit);

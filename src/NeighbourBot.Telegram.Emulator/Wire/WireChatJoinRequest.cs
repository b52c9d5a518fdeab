namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's ChatJoinRequest object.</summary>
internal sealed class WireChatJoinRequest
{
    public required WireChat Chat { get; init; }

    public required WireUser From { get; init; }

    public required long UserChatId { get; init; }

    public required long Date { get; init; }

    public WireChatInviteLink? InviteLink { get; init; }
}

namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's ChatMemberUpdated object (my_chat_member and chat_member updates).</summary>
internal sealed class WireChatMemberUpdated
{
    public required WireChat Chat { get; init; }

    public required WireUser From { get; init; }

    public required long Date { get; init; }

    public required WireChatMember OldChatMember { get; init; }

    public required WireChatMember NewChatMember { get; init; }
}

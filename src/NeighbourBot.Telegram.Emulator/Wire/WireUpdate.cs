namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Update object (the update kinds the bot uses).</summary>
internal sealed class WireUpdate
{
    public required int UpdateId { get; init; }

    public WireMessage? Message { get; init; }

    public WireMessage? EditedMessage { get; init; }

    public WireCallbackQuery? CallbackQuery { get; init; }

    public WireChatMemberUpdated? MyChatMember { get; init; }

    public WireChatMemberUpdated? ChatMember { get; init; }

    public WireChatJoinRequest? ChatJoinRequest { get; init; }
}

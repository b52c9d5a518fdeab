using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>A private chat, group or supergroup, with everything it shows.</summary>
internal sealed class ChatState(long id, ChatKind kind, string? title)
{
    public long Id { get; } = id;

    public ChatKind Kind { get; } = kind;

    public string? Title { get; } = title;

    public List<MessageState> Messages { get; } = [];

    public int NextMessageId { get; set; } = 1;

    public long? MigratedTo { get; set; }

    public Dictionary<long, MemberStatus> Members { get; } = [];

    /// <summary>Privacy mode lets a plain /command through only to the bot that spoke last in the group.</summary>
    public long? LastBotSender { get; set; }

    public List<InviteLinkState> InviteLinks { get; } = [];

    public Dictionary<long, EmulatedJoinRequest> JoinRequests { get; } = [];

    public EmulatedReplyKeyboard? ReplyKeyboard { get; set; }

    public string WireType => Kind switch
    {
        ChatKind.Private => "private",
        ChatKind.Group => "group",
        _ => "supergroup",
    };

    public MemberStatus StatusOf(long userId) => Members.TryGetValue(userId, out var status) ? status : MemberStatus.Left;

    public static bool IsIn(MemberStatus status) => status is MemberStatus.Member or MemberStatus.Administrator or MemberStatus.Creator;

    public WireChat ToWireGroup() => new() { Id = Id, Type = WireType, Title = Title };
}

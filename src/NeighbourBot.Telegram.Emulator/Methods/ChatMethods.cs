using System.Globalization;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>getChat, getChatMember, leaveChat, invite links and join requests.</summary>
internal static class ChatMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("getChat", GetChat);
        table.Add("getChatMember", GetChatMember);
        table.Add("leaveChat", LeaveChat);
        table.Add("createChatInviteLink", CreateChatInviteLink);
        table.Add("approveChatJoinRequest", context => DecideJoinRequest(context, approve: true));
        table.Add("declineChatJoinRequest", context => DecideJoinRequest(context, approve: false));
    }

    private static ChatState Visible(MethodContext context)
    {
        var chat = ChatAccess.Resolve(context);
        if (chat.Kind != ChatKind.Private && chat.StatusOf(context.Bot.Id) is MemberStatus.Left or MemberStatus.Kicked)
        {
            throw BotApiException.BadRequest("chat not found");
        }

        return chat;
    }

    private static WireChatFullInfo GetChat(MethodContext context)
    {
        var chat = Visible(context);
        var wire = context.World.ChatWire(chat);
        return new WireChatFullInfo
        {
            Id = wire.Id,
            Type = wire.Type,
            Title = wire.Title,
            Username = wire.Username,
            FirstName = wire.FirstName,
            LastName = wire.LastName,
        };
    }

    private static WireChatMember GetChatMember(MethodContext context)
    {
        var chat = Visible(context);
        var userId = context.Parameters.GetInt64("user_id") ?? throw BotApiException.BadRequest("user_id is empty");
        var isKnown = context.World.Users.ContainsKey(userId) || context.World.Bots.ContainsKey(userId);
        if (!isKnown)
        {
            throw BotApiException.BadRequest("user not found");
        }

        var status = chat.Kind == ChatKind.Private
            ? (userId == chat.Id || userId == context.Bot.Id ? MemberStatus.Member : MemberStatus.Left)
            : chat.StatusOf(userId);
        return World.MemberWire(context.World.SenderWire(userId), status);
    }

    private static bool LeaveChat(MethodContext context)
    {
        var chat = Visible(context);
        if (chat.Kind == ChatKind.Private)
        {
            throw BotApiException.BadRequest("chat member status can't be changed in private chats");
        }

        var old = chat.StatusOf(context.Bot.Id);
        chat.Members[context.Bot.Id] = MemberStatus.Left;
        context.World.EmitMyChatMember(context.Bot, chat, context.Bot.Id, old, MemberStatus.Left);
        context.World.Changed.Fire();
        return true;
    }

    private static WireChatInviteLink CreateChatInviteLink(MethodContext context)
    {
        var chat = Visible(context);
        if (chat.Kind == ChatKind.Private || !ChatAccess.BotIsAdmin(context, chat))
        {
            throw BotApiException.BadRequest("not enough rights to manage chat invite links");
        }

        var parameters = context.Parameters;
        var createsJoinRequest = parameters.GetBoolean("creates_join_request");
        var memberLimit = parameters.GetInt32("member_limit");
        if (createsJoinRequest && memberLimit is not null)
        {
            throw BotApiException.BadRequest("member_limit can't be specified with creates_join_request");
        }

        var expire = parameters.GetInt64("expire_date") is { } unix and > 0 ? DateTimeOffset.FromUnixTimeSeconds(unix) : (DateTimeOffset?)null;
        var number = context.World.Chats.Values.Sum(c => c.InviteLinks.Count) + 1;
        var url = string.Create(CultureInfo.InvariantCulture, $"https://t.me/+emu{Math.Abs(chat.Id) % 100_000:D5}x{number:D6}");
        var link = new InviteLinkState(url, chat.Id, context.Bot.Id, createsJoinRequest, parameters.GetString("name"), expire, memberLimit);
        chat.InviteLinks.Add(link);
        context.Affected(chat.Id, null);
        context.World.Changed.Fire();
        return ToWire(context.World, link, chat);
    }

    public static WireChatInviteLink ToWire(World world, InviteLinkState link, ChatState chat) => new()
    {
        InviteLink = link.Url,
        Creator = world.SenderWire(link.CreatorBotId),
        CreatesJoinRequest = link.CreatesJoinRequest,
        IsPrimary = false,
        IsRevoked = false,
        Name = link.Name,
        ExpireDate = link.ExpireDate is { } expire ? World.Unix(expire) : null,
        MemberLimit = link.MemberLimit,
        PendingJoinRequestCount = link.CreatesJoinRequest
            ? chat.JoinRequests.Values.Count(r => r.InviteLink == link.Url && r.Status == JoinRequestStatus.Pending)
            : null,
    };

    private static bool DecideJoinRequest(MethodContext context, bool approve)
    {
        var chat = Visible(context);
        var userId = context.Parameters.GetInt64("user_id") ?? throw BotApiException.BadRequest("user_id is empty");
        if (!ChatAccess.BotIsAdmin(context, chat))
        {
            throw BotApiException.BadRequest("not enough rights");
        }

        if (!chat.JoinRequests.TryGetValue(userId, out var request) || request.Status != JoinRequestStatus.Pending)
        {
            // Telegram's answer when there is no pending request from that user.
            throw BotApiException.BadRequest("HIDE_REQUESTER_MISSING");
        }

        chat.JoinRequests[userId] = request with { Status = approve ? JoinRequestStatus.Approved : JoinRequestStatus.Declined };
        context.Affected(chat.Id, null);
        if (approve)
        {
            chat.Members[userId] = MemberStatus.Member;
            var joined = context.World.AddMessage(chat, id => new MessageState
            {
                Chat = chat,
                Id = id,
                SenderId = userId,
                FromBot = false,
                ConversationBotId = 0,
                Date = context.World.Now,
                Kind = EmulatedMessageKind.Service,
                NewChatMemberIds = [userId],
            });
            context.World.Deliver(joined, edited: false);
        }

        context.World.Changed.Fire();
        return true;
    }
}

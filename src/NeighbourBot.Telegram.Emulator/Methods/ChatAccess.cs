using System.Globalization;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>Finds the chat a call names and checks the bot may act there, with Telegram's errors.</summary>
internal static class ChatAccess
{
    public static ChatState Resolve(MethodContext context, string parameter = "chat_id")
    {
        var raw = context.Parameters.GetString(parameter);
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        if (!long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
            || !context.World.Chats.TryGetValue(chatId, out var chat))
        {
            throw BotApiException.BadRequest("chat not found");
        }

        if (chat.MigratedTo is { } newId)
        {
            throw new BotApiException(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                new WireResponseParameters { MigrateToChatId = newId });
        }

        return chat;
    }

    /// <summary>The chat, if the bot may post there: started and not blocked in private, a member in groups.</summary>
    public static ChatState ResolveWritable(MethodContext context)
    {
        var chat = Resolve(context);
        if (chat.Kind == ChatKind.Private)
        {
            var user = context.World.Users[chat.Id];
            if (user.BlockedBots.Contains(context.Bot.Id))
            {
                throw BotApiException.Forbidden("bot was blocked by the user");
            }

            var joinWindowOpen = user.MayWriteUntil.TryGetValue(context.Bot.Id, out var until) && context.World.Now < until;
            if (!user.StartedBots.Contains(context.Bot.Id) && !joinWindowOpen)
            {
                throw BotApiException.Forbidden("bot can't initiate conversation with a user");
            }

            return chat;
        }

        var kind = chat.Kind == ChatKind.Group ? "group" : "supergroup";
        return chat.StatusOf(context.Bot.Id) switch
        {
            MemberStatus.Kicked => throw BotApiException.Forbidden($"bot was kicked from the {kind} chat"),
            MemberStatus.Left => throw BotApiException.Forbidden($"bot is not a member of the {kind} chat"),
            _ => chat,
        };
    }

    public static bool BotIsAdmin(MethodContext context, ChatState chat) =>
        chat.StatusOf(context.Bot.Id) is MemberStatus.Administrator or MemberStatus.Creator;
}

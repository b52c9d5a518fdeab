using System.Text.Json;
using System.Text.RegularExpressions;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>getMe, the command menu, answerCallbackQuery and sendChatAction.</summary>
internal static partial class BotMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("getMe", GetMe);
        table.Add("setMyCommands", SetMyCommands);
        table.Add("getMyCommands", GetMyCommands);
        table.Add("deleteMyCommands", DeleteMyCommands);
        table.Add("answerCallbackQuery", AnswerCallbackQuery);
        table.Add("sendChatAction", SendChatAction);
    }

    private static WireUser GetMe(MethodContext context) => new()
    {
        Id = context.Bot.Id,
        IsBot = true,
        FirstName = context.Bot.FirstName,
        Username = context.Bot.Username,
        CanJoinGroups = true,
        CanReadAllGroupMessages = !context.Bot.PrivacyMode,
        SupportsInlineQueries = false,
    };

    private static bool SetMyCommands(MethodContext context)
    {
        var commands = context.Parameters.GetObject<List<WireBotCommand>>("commands") ?? [];
        if (commands.Count > 100)
        {
            throw BotApiException.BadRequest("too many commands");
        }

        foreach (var command in commands)
        {
            if (!CommandName().IsMatch(command.Command))
            {
                throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
            }

            if (command.Description.Length is < 1 or > 256)
            {
                throw BotApiException.BadRequest("command description must be non-empty");
            }
        }

        context.Bot.Commands[CommandsKey(context)] = commands;
        return true;
    }

    private static IReadOnlyList<WireBotCommand> GetMyCommands(MethodContext context) =>
        context.Bot.Commands.TryGetValue(CommandsKey(context), out var commands) ? commands : [];

    private static bool DeleteMyCommands(MethodContext context) => context.Bot.Commands.Remove(CommandsKey(context)) || true;

    private static string CommandsKey(MethodContext context)
    {
        var scope = context.Parameters.GetString("scope") is { Length: > 0 } raw
            ? JsonSerializer.Serialize(JsonSerializer.Deserialize<JsonElement>(raw))
            : "{\"type\":\"default\"}";
        return scope + "|" + context.Parameters.GetString("language_code");
    }

    private static bool AnswerCallbackQuery(MethodContext context)
    {
        var id = context.Parameters.GetString("callback_query_id") ?? string.Empty;
        if (!context.Bot.CallbackQueries.TryGetValue(id, out var query) || query.Answer is not null)
        {
            throw BotApiException.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        var text = context.Parameters.GetString("text");
        if (text?.Length > 200)
        {
            throw BotApiException.BadRequest("MESSAGE_TOO_LONG");
        }

        query.Answer = new CallbackAnswer(text, context.Parameters.GetBoolean("show_alert"), context.Parameters.GetString("url"));
        context.Affected(query.ChatId, query.MessageId);
        context.World.Changed.Fire();
        return true;
    }

    private static bool SendChatAction(MethodContext context)
    {
        ChatAccess.ResolveWritable(context);
        return true;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}

using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Formatting;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>sendMessage, sendPhoto, sendDocument, the three edits and deleteMessage, with Telegram's limits and errors.</summary>
internal static class MessageMethods
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    /// <summary>"A message can only be deleted if it was sent less than 48 hours ago." (Bot API, deleteMessage).</summary>
    public static readonly TimeSpan DeleteWindow = TimeSpan.FromHours(48);

    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public static void Register(MethodTable table)
    {
        table.Add("sendMessage", SendMessage);
        table.Add("sendPhoto", SendPhoto);
        table.Add("sendDocument", SendDocument);
        table.Add("editMessageText", EditMessageText);
        table.Add("editMessageCaption", EditMessageCaption);
        table.Add("editMessageReplyMarkup", EditMessageReplyMarkup);
        table.Add("deleteMessage", DeleteMessage);
    }

    private static WireMessage SendMessage(MethodContext context)
    {
        var chat = ChatAccess.ResolveWritable(context);
        var parameters = context.Parameters;
        var text = ParseText(parameters.GetString("text"), parameters.GetString("parse_mode"));
        return PostFromBot(context, chat, new Outgoing(EmulatedMessageKind.Text, "text") { Text = text });
    }

    private static WireMessage SendPhoto(MethodContext context)
    {
        var chat = ChatAccess.ResolveWritable(context);
        var parameters = context.Parameters;
        var photo = PhotoFileId(context);
        var caption = ParseCaption(parameters.GetString("caption"), parameters.GetString("parse_mode"));
        return PostFromBot(context, chat, new Outgoing(EmulatedMessageKind.Photo, "caption") { Caption = caption, PhotoFileId = photo });
    }

    private static WireMessage SendDocument(MethodContext context)
    {
        var chat = ChatAccess.ResolveWritable(context);
        var parameters = context.Parameters;
        // Only uploads are emulated (the bot sends files it builds); a file_id or URL is refused as Telegram would an unknown one.
        // The file is the "document" part itself, or the part that "attach://<name>" points at.
        var reference = parameters.GetString("document");
        var field = reference?.StartsWith("attach://", StringComparison.Ordinal) == true ? reference["attach://".Length..] : "document";
        var upload = parameters.Uploads.FirstOrDefault(u => u.Field == field)
            ?? throw BotApiException.BadRequest("there is no document in the request");
        if (upload.Content.Length == 0)
        {
            throw BotApiException.BadRequest("file must be non-empty");
        }

        var caption = ParseCaption(parameters.GetString("caption"), parameters.GetString("parse_mode"));
        return PostFromBot(context, chat, new Outgoing(EmulatedMessageKind.Document, "caption")
        {
            Caption = caption,
            DocumentName = upload.FileName,
            DocumentContent = System.Text.Encoding.UTF8.GetString(upload.Content),
        });
    }

    /// <summary>
    /// What every send method shares once its content is read: the keyboard, the message replied to, the sending
    /// budget, then the message in the chat and its updates. <see cref="Outgoing.SourceParameter"/> names the parameter
    /// whose HTML is kept for tests.
    /// </summary>
    private static WireMessage PostFromBot(MethodContext context, ChatState chat, Outgoing content)
    {
        var parameters = context.Parameters;
        var parseMode = parameters.GetString("parse_mode");
        var markup = ReplyMarkupReader.Read(parameters, chat);
        var replyTo = ReplyTarget(context, chat);
        TakeSendingBudget(context, chat);
        var message = context.World.AddMessage(chat, id => new MessageState
        {
            Chat = chat,
            Id = id,
            SenderId = context.Bot.Id,
            FromBot = true,
            ConversationBotId = context.Bot.Id,
            Date = context.World.Now,
            Kind = content.Kind,
            Text = content.Text?.Text,
            Entities = content.Text?.Entities ?? [],
            Caption = content.Caption?.Text,
            CaptionEntities = content.Caption?.Entities ?? [],
            PhotoFileId = content.PhotoFileId,
            DocumentName = content.DocumentName,
            DocumentContent = content.DocumentContent,
            SourceMarkup = IsHtml(parseMode) ? parameters.GetString(content.SourceParameter) : null,
            ParseMode = parseMode,
            InlineKeyboard = markup?.Inline,
            ReplyKeyboard = markup?.Keyboard,
            RemovesKeyboard = markup?.RemoveKeyboard == true,
            ReplyTo = replyTo,
        });
        AfterSend(context, chat, markup, message);
        return context.World.ToWire(message);
    }

    private static WireMessage EditMessageText(MethodContext context)
    {
        var (chat, message) = MessageToEdit(context);
        if (message.Kind != EmulatedMessageKind.Text)
        {
            throw BotApiException.BadRequest("there is no text in the message to edit");
        }

        var parameters = context.Parameters;
        var text = ParseText(parameters.GetString("text"), parameters.GetString("parse_mode"));
        var keyboard = ReplyMarkupReader.Read(parameters, chat)?.Inline;
        if (text.Text == message.Text && text.Entities.SequenceEqual(message.Entities) && ReplyMarkupReader.SameKeyboard(keyboard, message.InlineKeyboard))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        message.Text = text.Text;
        message.Entities = text.Entities;
        message.SourceMarkup = IsHtml(parameters.GetString("parse_mode")) ? parameters.GetString("text") : null;
        message.ParseMode = parameters.GetString("parse_mode");
        return Edited(context, message, keyboard);
    }

    private static WireMessage EditMessageCaption(MethodContext context)
    {
        var (chat, message) = MessageToEdit(context);
        if (message.Kind != EmulatedMessageKind.Photo)
        {
            throw BotApiException.BadRequest("there is no caption in the message to edit");
        }

        var parameters = context.Parameters;
        var caption = ParseCaption(parameters.GetString("caption"), parameters.GetString("parse_mode"));
        var keyboard = ReplyMarkupReader.Read(parameters, chat)?.Inline;
        if (caption?.Text == message.Caption
            && (caption?.Entities ?? []).SequenceEqual(message.CaptionEntities)
            && ReplyMarkupReader.SameKeyboard(keyboard, message.InlineKeyboard))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        message.Caption = caption?.Text;
        message.CaptionEntities = caption?.Entities ?? [];
        message.SourceMarkup = IsHtml(parameters.GetString("parse_mode")) ? parameters.GetString("caption") : null;
        return Edited(context, message, keyboard);
    }

    private static WireMessage EditMessageReplyMarkup(MethodContext context)
    {
        var (chat, message) = MessageToEdit(context);
        var keyboard = ReplyMarkupReader.Read(context.Parameters, chat)?.Inline;
        if (ReplyMarkupReader.SameKeyboard(keyboard, message.InlineKeyboard))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        return Edited(context, message, keyboard);
    }

    private static bool DeleteMessage(MethodContext context)
    {
        var chat = ChatAccess.Resolve(context);
        var messageId = context.Parameters.GetInt32("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        var message = World.FindMessage(chat, messageId) ?? throw BotApiException.BadRequest("message to delete not found");
        var mayDelete = message.SenderId == context.Bot.Id || chat.Kind == ChatKind.Private || ChatAccess.BotIsAdmin(context, chat);
        if (!mayDelete || context.World.Now - message.Date >= DeleteWindow)
        {
            throw BotApiException.BadRequest("message can't be deleted");
        }

        message.Deleted = true;
        context.Affected(chat.Id, message.Id);
        context.World.Touch(message);
        return true;
    }

    private static (ChatState Chat, MessageState Message) MessageToEdit(MethodContext context)
    {
        if (context.Parameters.Has("inline_message_id"))
        {
            throw BotApiException.BadRequest("inline messages are not emulated");
        }

        var chat = ChatAccess.ResolveWritable(context);
        var messageId = context.Parameters.GetInt32("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        var message = World.FindMessage(chat, messageId) ?? throw BotApiException.BadRequest("message to edit not found");
        if (message.SenderId != context.Bot.Id)
        {
            throw BotApiException.BadRequest("message can't be edited");
        }

        return (chat, message);
    }

    private static WireMessage Edited(MethodContext context, MessageState message, IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? keyboard)
    {
        message.InlineKeyboard = keyboard;
        message.EditDate = context.World.Now;
        context.Affected(message.Chat.Id, message.Id);
        context.World.Touch(message);
        return context.World.ToWire(message);
    }

    private static void AfterSend(MethodContext context, ChatState chat, ReplyMarkup? markup, MessageState message)
    {
        if (chat.Kind != ChatKind.Private)
        {
            chat.LastBotSender = context.Bot.Id;
        }

        if (markup?.Keyboard is { } keyboard)
        {
            chat.ReplyKeyboard = keyboard;
        }
        else if (markup?.RemoveKeyboard == true)
        {
            chat.ReplyKeyboard = null;
        }

        context.Affected(chat.Id, message.Id);
    }

    private static void TakeSendingBudget(MethodContext context, ChatState chat)
    {
        if (context.Core.Limiter.TryAcquire(context.Bot.Id, chat.Id, chat.Kind != ChatKind.Private, context.World.Now) is { } retryAfter)
        {
            throw new BotApiException(429, $"Too Many Requests: retry after {retryAfter}", new WireResponseParameters { RetryAfter = retryAfter });
        }
    }

    private static MessageState? ReplyTarget(MethodContext context, ChatState chat)
    {
        var parameters = context.Parameters.GetObject<ReplyParameters>("reply_parameters");
        var messageId = parameters?.MessageId ?? context.Parameters.GetInt32("reply_to_message_id");
        if (messageId is not { } id)
        {
            return null;
        }

        var target = World.FindMessage(chat, id);
        if (target is null && parameters?.AllowSendingWithoutReply != true)
        {
            throw BotApiException.BadRequest("message to be replied not found");
        }

        return target;
    }

    private static string PhotoFileId(MethodContext context)
    {
        var photo = context.Parameters.GetString("photo");
        if (context.Parameters.UploadedFiles.Count > 0 || photo?.StartsWith("attach://", StringComparison.Ordinal) == true)
        {
            return context.World.NewFileId("Upload");
        }

        if (photo is not null && Uri.TryCreate(photo, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return context.World.NewFileId("Url");
        }

        var original = photo?.EndsWith("_s", StringComparison.Ordinal) == true ? photo[..^2] : photo;
        return original is not null && context.World.KnownFileIds.Contains(original)
            ? photo!
            : throw BotApiException.BadRequest("wrong file identifier/HTTP URL specified");
    }

    private static bool IsHtml(string? parseMode) => string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase);

    private static FormattedText Parse(string text, string? parseMode)
    {
        if (string.IsNullOrEmpty(parseMode) || parseMode.StartsWith("Markdown", StringComparison.OrdinalIgnoreCase))
        {
            // Markdown is not emulated: the bot uses HTML only, so the text is kept as written.
            return FormattedText.Plain(text).Trimmed();
        }

        return IsHtml(parseMode)
            ? HtmlParser.Parse(text).Trimmed()
            : throw BotApiException.BadRequest("unsupported parse_mode");
    }

    private static FormattedText ParseText(string? text, string? parseMode)
    {
        var parsed = string.IsNullOrEmpty(text) ? FormattedText.Plain(string.Empty) : Parse(text, parseMode);
        if (parsed.Text.Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        return parsed.Text.Length > MaxTextLength ? throw BotApiException.BadRequest("message is too long") : parsed;
    }

    private static FormattedText? ParseCaption(string? caption, string? parseMode)
    {
        if (string.IsNullOrEmpty(caption))
        {
            return null;
        }

        var parsed = Parse(caption, parseMode);
        if (parsed.Text.Length > MaxCaptionLength)
        {
            throw BotApiException.BadRequest("message caption is too long");
        }

        return parsed.Text.Length == 0 ? null : parsed;
    }

    private sealed class ReplyParameters
    {
        public int? MessageId { get; init; }

        public bool? AllowSendingWithoutReply { get; init; }
    }
}

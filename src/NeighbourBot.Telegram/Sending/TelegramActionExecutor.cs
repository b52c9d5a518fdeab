using NeighbourBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NeighbourBot.Telegram.Sending;

/// <summary>
/// Turns one channel-neutral <see cref="OutboundAction"/> into Bot API calls: plain text escaped for HTML
/// mode, long text split at 4,096 characters, captions kept under 1,024 (the rest follows as text),
/// buttons as inline keyboards. Every call takes a slot from the shared <see cref="TelegramRateLimiter"/>.
/// </summary>
public sealed class TelegramActionExecutor(ITelegramBotClient client, TelegramRateLimiter limiter)
{
    /// <summary>Runs the action; returns the id of the message that carries its buttons (the one later edits target).</summary>
    public async Task<long?> ExecuteAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Kind switch
        {
            OutboundActionKind.SendText => await SendTextAsync(action, priority, cancellationToken),
            OutboundActionKind.SendPhoto => await SendPhotoAsync(action, priority, cancellationToken),
            OutboundActionKind.EditText => await EditTextAsync(action, priority, cancellationToken),
            OutboundActionKind.EditCaption => await EditCaptionAsync(action, priority, cancellationToken),
            OutboundActionKind.EditButtons => await EditButtonsAsync(action, priority, cancellationToken),
            OutboundActionKind.Delete => await DeleteAsync(action, priority, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Kind, "Unknown outbound action."),
        };
    }

    /// <summary>The inline keyboard of an action, or null when it has no buttons.</summary>
    public static InlineKeyboardMarkup? InlineKeyboard(IReadOnlyList<IReadOnlyList<Button>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || rows.All(r => r.Count == 0))
        {
            return null;
        }

        return new InlineKeyboardMarkup(rows.Where(r => r.Count > 0).Select(row => row.Select(ToInline)));
    }

    private static InlineKeyboardButton ToInline(Button button) =>
        button.Url is { Length: > 0 } url
            ? InlineKeyboardButton.WithUrl(button.Text, url)
            : InlineKeyboardButton.WithCallbackData(button.Text, button.Data ?? button.Text);

    private static ReplyMarkup? Markup(OutboundAction action)
    {
        if (action.RequestLocationLabel is { Length: > 0 } label && !TelegramRateLimiter.IsGroup(action.ChatId))
        {
            return new ReplyKeyboardMarkup(KeyboardButton.WithRequestLocation(label)) { OneTimeKeyboard = true, ResizeKeyboard = true };
        }

        return InlineKeyboard(action.Buttons);
    }

    private static ReplyParameters? ReplyTo(OutboundAction action) =>
        action.ReplyToMessageId is { } id ? new ReplyParameters { MessageId = checked((int)id), AllowSendingWithoutReply = true } : null;

    private async Task<long?> SendTextAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        var pieces = action.IsHtml ? [action.Text] : TelegramHtml.Split(action.Text, TelegramHtml.MaxTextLength);
        Message? last = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var isLast = i == pieces.Count - 1;
            var text = action.IsHtml ? pieces[i] : TelegramHtml.Escape(pieces[i]);
            await limiter.WaitAsync(action.ChatId, priority, cancellationToken);
            last = await client.SendMessage(
                action.ChatId,
                text,
                ParseMode.Html,
                replyParameters: i == 0 ? ReplyTo(action) : null,
                replyMarkup: isLast ? Markup(action) : null,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: cancellationToken);
        }

        return last?.MessageId;
    }

    private async Task<long?> SendPhotoAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        var photo = action.PhotoId ?? throw new ArgumentException("A photo action needs a photo id.", nameof(action));
        var (caption, rest) = SplitCaption(action);
        await limiter.WaitAsync(action.ChatId, priority, cancellationToken);
        var sent = await client.SendPhoto(
            action.ChatId,
            InputFile.FromFileId(photo),
            caption,
            ParseMode.Html,
            replyParameters: ReplyTo(action),
            replyMarkup: rest is null ? Markup(action) : null,
            cancellationToken: cancellationToken);
        if (rest is null)
        {
            return sent.MessageId;
        }

        // The caption could not hold everything: the text follows as a reply to the photo, with the buttons.
        return await SendTextAsync(action with { Kind = OutboundActionKind.SendText, Text = rest, IsHtml = false, ReplyToMessageId = sent.MessageId }, priority, cancellationToken);
    }

    private static (string Caption, string? Remainder) SplitCaption(OutboundAction action)
    {
        if (action.IsHtml)
        {
            return (action.Text, null);
        }

        if (action.Text.Length <= TelegramHtml.MaxCaptionLength)
        {
            return (TelegramHtml.Escape(action.Text), null);
        }

        var head = TelegramHtml.Split(action.Text, TelegramHtml.MaxCaptionLength - 1)[0];
        return (TelegramHtml.Escape(head) + "…", action.Text[head.Length..].TrimStart());
    }

    private async Task<long?> EditTextAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        var text = action.IsHtml ? action.Text : TelegramHtml.Escape(TelegramHtml.Split(action.Text, TelegramHtml.MaxTextLength)[0]);
        await limiter.WaitAsync(action.ChatId, priority, cancellationToken);
        await IgnoringNotModified(() => client.EditMessageText(
            action.ChatId, messageId, text, ParseMode.Html, replyMarkup: InlineKeyboard(action.Buttons),
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken));
        return messageId;
    }

    private async Task<long?> EditCaptionAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        var (caption, _) = SplitCaption(action);
        await limiter.WaitAsync(action.ChatId, priority, cancellationToken);
        await IgnoringNotModified(() => client.EditMessageCaption(
            action.ChatId, messageId, caption, ParseMode.Html, replyMarkup: InlineKeyboard(action.Buttons), cancellationToken: cancellationToken));
        return messageId;
    }

    private async Task<long?> EditButtonsAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        await limiter.WaitAsync(action.ChatId, priority, cancellationToken);
        await IgnoringNotModified(() => client.EditMessageReplyMarkup(action.ChatId, messageId, InlineKeyboard(action.Buttons), cancellationToken: cancellationToken));
        return messageId;
    }

    private async Task<long?> DeleteAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        await limiter.WaitAsync(action.ChatId, priority, cancellationToken);
        await client.DeleteMessage(action.ChatId, messageId, cancellationToken);
        return messageId;
    }

    private static int MessageIdOf(OutboundAction action) =>
        action.MessageId is { } id ? checked((int)id) : throw new ArgumentException("An edit needs the id of the message to edit.", nameof(action));

    private static async Task IgnoringNotModified(Func<Task> edit)
    {
        try
        {
            await edit();
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The message already shows this content (a retried edit, or two status changes that render alike).
        }
    }
}

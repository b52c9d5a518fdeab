using NeighbourBot.Core.Messaging;
using Polly;
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
public sealed class TelegramActionExecutor(ITelegramBotClient client, TelegramRateLimiter limiter, ResiliencePipeline pipeline)
{
    /// <summary>
    /// One API call: a rate-limit slot, then (for an outbox send) the wire slot, then the call, all inside the
    /// resilience pipeline (each retry waits for a slot again; a failed call gives the wire slot back).
    /// </summary>
    private async Task<T> CallAsync<T>(long chatId, SendPriority priority, WireLease? lease, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            async ct =>
            {
                await limiter.WaitAsync(chatId, priority, ct);
                if (lease is null)
                {
                    return await call(ct);
                }

                await lease.EnterAsync(ct);
                try
                {
                    return await call(ct);
                }
                catch (Exception)
                {
                    // Failed (perhaps after taking effect: the retry may then repeat it, which that fault explains):
                    // other rows may go while this one waits for its retry.
                    lease.Release();
                    throw;
                }
            },
            cancellationToken);

    /// <summary>Runs the action; returns the id of the message that carries its buttons (the one later edits target).</summary>
    public Task<long?> ExecuteAsync(OutboundAction action, SendPriority priority, CancellationToken cancellationToken) =>
        ExecuteAsync(action, priority, lease: null, cancellationToken);

    /// <summary>
    /// Runs the action holding <paramref name="lease"/> from its first successful call: the caller releases it once
    /// it has recorded the result.
    /// </summary>
    public async Task<long?> ExecuteAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Kind switch
        {
            OutboundActionKind.SendText => await SendTextAsync(action, priority, lease, cancellationToken),
            OutboundActionKind.SendPhoto => await SendPhotoAsync(action, priority, lease, cancellationToken),
            OutboundActionKind.EditText => await EditTextAsync(action, priority, lease, cancellationToken),
            OutboundActionKind.EditCaption => await EditCaptionAsync(action, priority, lease, cancellationToken),
            OutboundActionKind.EditButtons => await EditButtonsAsync(action, priority, lease, cancellationToken),
            OutboundActionKind.Delete => await DeleteAsync(action, priority, lease, cancellationToken),
            OutboundActionKind.SendDocument => await SendDocumentAsync(action, priority, lease, cancellationToken),
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

    private async Task<long?> SendTextAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var pieces = action.IsHtml ? [action.Text] : TelegramHtml.Split(action.Text, TelegramHtml.MaxTextLength);
        Message? last = null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var isLast = i == pieces.Count - 1;
            var text = action.IsHtml ? pieces[i] : TelegramHtml.Escape(pieces[i]);
            var first = i == 0;
            last = await CallAsync(action.ChatId, priority, lease, ct => client.SendMessage(
                action.ChatId,
                text,
                ParseMode.Html,
                replyParameters: first ? ReplyTo(action) : null,
                replyMarkup: isLast ? Markup(action) : null,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: ct), cancellationToken);
        }

        return last?.MessageId;
    }

    private async Task<long?> SendPhotoAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var photo = action.PhotoId ?? throw new ArgumentException("A photo action needs a photo id.", nameof(action));
        return await SendCaptionedAsync(action, priority, lease, (caption, replyTo, markup, ct) => client.SendPhoto(
            action.ChatId, InputFile.FromFileId(photo), caption, ParseMode.Html, replyParameters: replyTo, replyMarkup: markup, cancellationToken: ct), cancellationToken);
    }

    private async Task<long?> SendDocumentAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(action.DocumentContent ?? "");
        var name = string.IsNullOrWhiteSpace(action.DocumentName) ? "document.txt" : action.DocumentName;
        return await SendCaptionedAsync(action, priority, lease, async (caption, replyTo, markup, ct) =>
        {
            // A fresh stream per attempt: a retry must upload the whole file again.
            using var stream = new MemoryStream(bytes, writable: false);
            return await client.SendDocument(
                action.ChatId, InputFile.FromStream(stream, name), caption, ParseMode.Html, replyParameters: replyTo, replyMarkup: markup, cancellationToken: ct);
        }, cancellationToken);
    }

    /// <summary>
    /// A photo or a file with the action's text as caption. A caption longer than Telegram allows is cut; the rest
    /// follows as a text reply to it, which then carries the buttons.
    /// </summary>
    private async Task<long?> SendCaptionedAsync(
        OutboundAction action,
        SendPriority priority,
        WireLease? lease,
        Func<string, ReplyParameters?, ReplyMarkup?, CancellationToken, Task<Message>> send,
        CancellationToken cancellationToken)
    {
        var (caption, rest) = SplitCaption(action);
        var sent = await CallAsync(action.ChatId, priority, lease, ct => send(caption, ReplyTo(action), rest is null ? Markup(action) : null, ct), cancellationToken);
        if (rest is null)
        {
            return sent.MessageId;
        }

        return await SendTextAsync(action with { Kind = OutboundActionKind.SendText, Text = rest, IsHtml = false, ReplyToMessageId = sent.MessageId }, priority, lease, cancellationToken);
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

    private async Task<long?> EditTextAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        var text = action.IsHtml ? action.Text : TelegramHtml.Escape(TelegramHtml.Split(action.Text, TelegramHtml.MaxTextLength)[0]);
        await CallAsync(action.ChatId, priority, lease, ct => IgnoringNotModified(() => client.EditMessageText(
            action.ChatId, messageId, text, ParseMode.Html, replyMarkup: InlineKeyboard(action.Buttons),
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct)), cancellationToken);
        return messageId;
    }

    private async Task<long?> EditCaptionAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        var (caption, _) = SplitCaption(action);
        await CallAsync(action.ChatId, priority, lease, ct => IgnoringNotModified(() => client.EditMessageCaption(
            action.ChatId, messageId, caption, ParseMode.Html, replyMarkup: InlineKeyboard(action.Buttons), cancellationToken: ct)), cancellationToken);
        return messageId;
    }

    private async Task<long?> EditButtonsAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        await CallAsync(action.ChatId, priority, lease, ct => IgnoringNotModified(() => client.EditMessageReplyMarkup(action.ChatId, messageId, InlineKeyboard(action.Buttons), cancellationToken: ct)), cancellationToken);
        return messageId;
    }

    private async Task<long?> DeleteAsync(OutboundAction action, SendPriority priority, WireLease? lease, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(action);
        await CallAsync(action.ChatId, priority, lease, async ct =>
        {
            await client.DeleteMessage(action.ChatId, messageId, ct);
            return true;
        }, cancellationToken);
        return messageId;
    }

    private static int MessageIdOf(OutboundAction action) =>
        action.MessageId is { } id ? checked((int)id) : throw new ArgumentException("An edit needs the id of the message to edit.", nameof(action));

    private static async Task<bool> IgnoringNotModified<T>(Func<Task<T>> edit)
    {
        try
        {
            await edit();
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The message already shows this content (a retried edit, or two status changes that render alike).
            return false;
        }
    }
}

using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using Newtonsoft.Json.Linq;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NeighbourBot.Telegram.Adapter;

/// <summary>
/// Maps a Telegram <see cref="Update"/> to a channel-neutral Bot Builder activity, following
/// <see cref="ChannelConventions"/>. Returns null for updates the bot ignores (service messages,
/// commands for another bot, updates without a chat).
/// </summary>
public static class UpdateMapper
{
    /// <summary>Telegram's own limit on callback data; anything longer was not made by us.</summary>
    public const int MaxCallbackDataBytes = 64;

    public static Activity? ToActivity(Update update, BotIdentity bot)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(bot);
        return update.Type switch
        {
            UpdateType.Message when update.Message is { } m => FromMessage(m, bot, edited: false),
            UpdateType.EditedMessage when update.EditedMessage is { } m => FromMessage(m, bot, edited: true),
            UpdateType.CallbackQuery when update.CallbackQuery is { } q => FromCallback(q, bot),
            UpdateType.MyChatMember when update.MyChatMember is { } c => FromMembership(c, bot),
            UpdateType.ChatJoinRequest when update.ChatJoinRequest is { } r => FromJoinRequest(r, bot),
            _ => null,
        };
    }

    /// <summary>A callback payload we could have made: 1–64 bytes of printable text.</summary>
    public static bool IsPlausibleCallbackData(string? data) =>
        !string.IsNullOrEmpty(data)
        && System.Text.Encoding.UTF8.GetByteCount(data) <= MaxCallbackDataBytes
        && !data.Any(char.IsControl);

    private static Activity? FromMessage(Message message, BotIdentity bot, bool edited)
    {
        if (message.From is null || message.From.IsBot)
        {
            return null;
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.MigrateToChatId is { } newId)
        {
            return Event(message.Chat, message.From, bot, ChannelConventions.MigrationEventName, new JObject { ["newChatId"] = newId });
        }

        var activity = Base(message.Chat, message.From, bot, ActivityTypes.Message);
        activity.Id = message.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity.Timestamp = new DateTimeOffset(DateTime.SpecifyKind(message.Date, DateTimeKind.Utc));
        if (message.ReplyToMessage is { } replied)
        {
            activity.Properties[ChannelConventions.ReplyToMessageIdKey] = replied.MessageId;
            if (replied.From is { } author)
            {
                activity.Properties[ChannelConventions.ReplyToUserIdKey] = author.Id;
            }
        }

        if (edited)
        {
            activity.Properties[ChannelConventions.UnsupportedContentKey] = "edit";
            return activity;
        }

        switch (message.Type)
        {
            case MessageType.Text:
                var text = message.Text ?? "";
                if (text.StartsWith('/'))
                {
                    var command = NormaliseCommand(text, bot);
                    if (command is null)
                    {
                        return null;
                    }

                    text = command;
                }
                else if (!isPrivate && !IsAddressedToBot(message, bot))
                {
                    // Group chatter is not for the bot (privacy mode usually filters it already).
                    return null;
                }

                activity.Text = text;
                break;
            case MessageType.Location when message.Location is { } location:
                var entity = new Entity(ChannelConventions.LocationEntityType);
                entity.Properties["latitude"] = location.Latitude;
                entity.Properties["longitude"] = location.Longitude;
                entity.Properties[ChannelConventions.LocationLiveKey] = location.LivePeriod is > 0;
                if (location.HorizontalAccuracy is { } accuracy)
                {
                    entity.Properties[ChannelConventions.LocationAccuracyKey] = accuracy;
                }

                activity.Entities = [entity];
                break;
            case MessageType.Photo when message.Photo is { Length: > 0 } sizes:
                var largest = sizes.OrderByDescending(p => (long)p.Width * p.Height).First();
                activity.Text = message.Caption is { } caption ? NormaliseCaption(caption, bot) : "";
                activity.Attachments = [new Attachment(ChannelConventions.PhotoContentType, largest.FileId)];
                break;
            case MessageType.NewChatMembers or MessageType.LeftChatMember or MessageType.NewChatTitle or MessageType.NewChatPhoto
                or MessageType.DeleteChatPhoto or MessageType.GroupChatCreated or MessageType.SupergroupChatCreated
                or MessageType.MigrateFromChatId or MessageType.PinnedMessage:
                return null;
            default:
                activity.Properties[ChannelConventions.UnsupportedContentKey] = message.Type.ToString().ToLowerInvariant();
                break;
        }

        return activity;
    }

    private static Activity? FromCallback(CallbackQuery query, BotIdentity bot)
    {
        if (query.Message is not { } message)
        {
            return null;
        }

        var activity = Base(message.Chat, query.From, bot, ActivityTypes.Message);
        activity.Id = query.Id;
        activity.Value = new JObject
        {
            [ChannelConventions.CallbackValueKey] = query.Data ?? "",
            [ChannelConventions.CallbackMessageIdKey] = message.MessageId,
        };
        activity.ChannelData = new JObject { ["callbackQueryId"] = query.Id };
        return activity;
    }

    private static Activity? FromMembership(ChatMemberUpdated update, BotIdentity bot)
    {
        if (update.NewChatMember.User.Id != bot.Id)
        {
            return null;
        }

        var value = new JObject
        {
            ["status"] = update.NewChatMember.Status.ToString().ToLowerInvariant(),
            ["title"] = update.Chat.Title ?? "",
            ["chatId"] = update.Chat.Id,
        };
        return Event(update.Chat, update.From, bot, ChannelConventions.MembershipEventName, value);
    }

    private static Activity FromJoinRequest(ChatJoinRequest request, BotIdentity bot)
    {
        var value = new JObject
        {
            ["chatId"] = request.Chat.Id,
            ["userId"] = request.From.Id,
            ["userChatId"] = request.UserChatId,
            ["title"] = request.Chat.Title ?? "",
        };
        return Event(request.Chat, request.From, bot, ChannelConventions.JoinRequestEventName, value);
    }

    private static Activity Event(Chat chat, User from, BotIdentity bot, string name, JObject value)
    {
        var activity = Base(chat, from, bot, ActivityTypes.Event);
        activity.Name = name;
        activity.Value = value;
        return activity;
    }

    private static Activity Base(Chat chat, User from, BotIdentity bot, string type) => new()
    {
        Type = type,
        ChannelId = ChannelConventions.TelegramChannelId,
        ServiceUrl = "telegram",
        Locale = "fr-FR",
        From = new ChannelAccount(from.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), from.FirstName),
        Recipient = new ChannelAccount(bot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), bot.FirstName),
        Conversation = new ConversationAccount(
            isGroup: chat.Type != ChatType.Private,
            conversationType: chat.Type == ChatType.Private ? ChannelConventions.PrivateConversation : ChannelConventions.GroupConversation,
            id: chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            name: chat.Title),
        Timestamp = DateTimeOffset.UtcNow,
    };

    /// <summary>"/lier@NeighbourBot Centre" → "/lier Centre"; a command for another bot → null.</summary>
    private static string? NormaliseCommand(string text, BotIdentity bot)
    {
        var end = text.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? text : text[..end];
        var tail = end < 0 ? "" : text[end..];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return head.ToLowerInvariant() + tail;
        }

        var target = head[(at + 1)..];
        return string.Equals(target, bot.Username, StringComparison.OrdinalIgnoreCase) ? head[..at].ToLowerInvariant() + tail : null;
    }

    private static string NormaliseCaption(string caption, BotIdentity bot) =>
        caption.StartsWith('/') ? NormaliseCommand(caption, bot) ?? caption : caption;

    private static bool IsAddressedToBot(Message message, BotIdentity bot) =>
        message.ReplyToMessage?.From?.Id == bot.Id
        || (message.Text?.Contains("@" + bot.Username, StringComparison.OrdinalIgnoreCase) ?? false);
}

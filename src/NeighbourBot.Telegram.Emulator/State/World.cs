using System.Globalization;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Formatting;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>Everything the emulated Telegram knows. Every read and write happens under <see cref="Gate"/>.</summary>
internal sealed class World(TimeProvider time)
{
    private long _fileCounter;
    private long _callbackCounter;

    public Lock Gate { get; } = new();

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public Dictionary<string, BotState> BotsByToken { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, BotState> Bots { get; } = [];

    public Dictionary<long, UserState> Users { get; } = [];

    public Dictionary<long, ChatState> Chats { get; } = [];

    public HashSet<string> KnownFileIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EmulatedJoinRequest> JoinRequestsByLink { get; } = new(StringComparer.Ordinal);

    /// <summary>Fires on every change a test may wait for (a message, an edit, an answer).</summary>
    public Pulse Changed { get; } = new();

    public string NewFileId(string kind)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"AgAC{kind}{++_fileCounter:D8}");
        KnownFileIds.Add(id);
        return id;
    }

    public string NewCallbackQueryId() => string.Create(CultureInfo.InvariantCulture, $"{++_callbackCounter + 4_000_000_000_000L}");

    public MessageState AddMessage(ChatState chat, Func<int, MessageState> create)
    {
        var message = create(chat.NextMessageId++);
        chat.Messages.Add(message);
        Changed.Fire();
        return message;
    }

    public static MessageState? FindMessage(ChatState chat, int messageId) =>
        chat.Messages.Find(m => m.Id == messageId && !m.Deleted);

    public WireUser SenderWire(long id) =>
        Bots.TryGetValue(id, out var bot) ? bot.ToWire()
        : Users.TryGetValue(id, out var user) ? user.ToWire()
        : new WireUser { Id = id, IsBot = false, FirstName = "Deleted Account" };

    public WireChat ChatWire(ChatState chat) =>
        chat.Kind == ChatKind.Private && Users.TryGetValue(chat.Id, out var user) ? user.ToPrivateChat() : chat.ToWireGroup();

    public static long Unix(DateTimeOffset time) => time.ToUnixTimeSeconds();

    public WireMessage ToWire(MessageState m, bool withReply = true) => new()
    {
        MessageId = m.Id,
        From = SenderWire(m.SenderId),
        Date = Unix(m.Date),
        Chat = ChatWire(m.Chat),
        ReplyToMessage = withReply && m.ReplyTo is { } reply ? ToWire(reply, withReply: false) : null,
        EditDate = m.EditDate is { } edited ? Unix(edited) : null,
        Text = m.Text,
        Entities = m.Text is null || m.Entities.Count == 0 ? null : [.. m.Entities.Select(ToWire)],
        Caption = m.Caption,
        CaptionEntities = m.Caption is null || m.CaptionEntities.Count == 0 ? null : [.. m.CaptionEntities.Select(ToWire)],
        Photo = m.PhotoFileId is { } photo ? PhotoSizes(photo) : null,
        Document = m.DocumentName is { } file
            ? new WireDocument
            {
                FileId = "BQAC" + m.Chat.Id + "_" + m.Id, FileUniqueId = "AgAD" + m.Id, FileName = file, MimeType = "application/json",
                FileSize = System.Text.Encoding.UTF8.GetByteCount(m.DocumentContent ?? ""),
            }
            : null,
        Sticker = m.StickerEmoji is { } emoji ? new WireSticker { FileId = "CAAC" + m.Id, FileUniqueId = "AgAD" + m.Id, Emoji = emoji } : null,
        Voice = m.VoiceDuration is { } duration ? new WireVoice { FileId = "AwAC" + m.Id, FileUniqueId = "AgAD" + m.Id, Duration = duration } : null,
        Location = m.Location is { } location
            ? new WireLocation { Latitude = location.Latitude, Longitude = location.Longitude, LivePeriod = location.LivePeriod }
            : null,
        ReplyMarkup = m.InlineKeyboard is { Count: > 0 } keyboard ? new WireInlineKeyboardMarkup { InlineKeyboard = keyboard } : null,
        NewChatMembers = m.NewChatMemberIds?.Select(SenderWire).ToList(),
        MigrateToChatId = m.MigrateToChatId,
        MigrateFromChatId = m.MigrateFromChatId,
    };

    public static WireMessageEntity ToWire(TextEntity e) =>
        new() { Type = e.Type, Offset = e.Offset, Length = e.Length, Url = e.Url, Language = e.Language };

    private static List<WirePhotoSize> PhotoSizes(string fileId) =>
    [
        new() { FileId = fileId + "_s", FileUniqueId = "AQAD" + fileId + "s", Width = 90, Height = 67, FileSize = 1_200 },
        new() { FileId = fileId, FileUniqueId = "AQAD" + fileId, Width = 1280, Height = 960, FileSize = 98_000 },
    ];

    public static void Enqueue(BotState bot, string kind, Func<int, WireUpdate> create)
    {
        var update = create(bot.NextUpdateId++);
        bot.Pending.Add((kind, update));
        bot.UpdatesArrived.Fire();
    }

    /// <summary>Gives a message (or its edit) to every bot that would see it on Telegram.</summary>
    public void Deliver(MessageState message, bool edited)
    {
        var kind = edited ? "edited_message" : "message";
        foreach (var bot in Recipients(message))
        {
            var wire = ToWire(message);
            Enqueue(bot, kind, id => edited
                ? new WireUpdate { UpdateId = id, EditedMessage = wire }
                : new WireUpdate { UpdateId = id, Message = wire });
        }
    }

    private IEnumerable<BotState> Recipients(MessageState message)
    {
        var chat = message.Chat;
        if (chat.Kind == ChatKind.Private)
        {
            if (!message.FromBot && Bots.TryGetValue(message.ConversationBotId, out var partner))
            {
                yield return partner;
            }

            yield break;
        }

        foreach (var bot in Bots.Values)
        {
            if (bot.Id != message.SenderId && ChatState.IsIn(chat.StatusOf(bot.Id)) && Sees(bot, chat, message))
            {
                yield return bot;
            }
        }
    }

    /// <summary>Privacy mode: https://core.telegram.org/bots/features#privacy-mode.</summary>
    private static bool Sees(BotState bot, ChatState chat, MessageState message)
    {
        if (!bot.PrivacyMode || chat.StatusOf(bot.Id) is MemberStatus.Administrator or MemberStatus.Creator)
        {
            return true;
        }

        if (message.Kind == EmulatedMessageKind.Service || message.ReplyTo?.SenderId == bot.Id)
        {
            return true;
        }

        var text = message.Text ?? message.Caption;
        var entities = message.Text is not null ? message.Entities : message.CaptionEntities;
        foreach (var entity in entities.Where(e => e.Type == "bot_command"))
        {
            var command = text!.Substring(entity.Offset, entity.Length);
            var at = command.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0 ? string.Equals(command[(at + 1)..], bot.Username, StringComparison.OrdinalIgnoreCase) : chat.LastBotSender == bot.Id)
            {
                return true;
            }
        }

        return false;
    }

    public static EmulatedMessage View(MessageState m) => m.CachedView ??= BuildView(m);

    /// <summary>Call after changing a message, so that tests and waiters see the change.</summary>
    public void Touch(MessageState m)
    {
        m.CachedView = null;
        Changed.Fire();
    }

    private static EmulatedMessage BuildView(MessageState m) => new()
    {
        ChatId = m.Chat.Id,
        MessageId = m.Id,
        SenderId = m.SenderId,
        FromBot = m.FromBot,
        Date = m.Date,
        Kind = m.Kind,
        Text = m.Text,
        Caption = m.Caption,
        Entities = m.Text is not null ? m.Entities : m.CaptionEntities,
        Html = m.SourceMarkup,
        PhotoFileId = m.PhotoFileId,
        Location = m.Location,
        StickerEmoji = m.StickerEmoji,
        DocumentName = m.DocumentName,
        DocumentContent = m.DocumentContent,
        InlineKeyboard = m.InlineKeyboard is null
            ? []
            : [.. m.InlineKeyboard.Select(row => (IReadOnlyList<EmulatedButton>)[.. row.Select(b => new EmulatedButton(b.Text, b.CallbackData, b.Url))])],
        ReplyKeyboard = m.ReplyKeyboard,
        RemovesKeyboard = m.RemovesKeyboard,
        ReplyToMessageId = m.ReplyTo?.Id,
        IsEdited = m.EditDate is not null,
        IsDeleted = m.Deleted,
    };

    public static EmulatedChat View(ChatState chat) =>
        new(chat.Id, chat.Kind, chat.Title, chat.MigratedTo, [.. chat.Messages.Select(View)], chat.ReplyKeyboard);

    /// <summary>Tells a bot its own membership changed, as Telegram does with my_chat_member.</summary>
    public void EmitMyChatMember(BotState bot, ChatState chat, long fromId, MemberStatus old, MemberStatus now)
    {
        var wire = new WireChatMemberUpdated
        {
            Chat = ChatWire(chat),
            From = SenderWire(fromId),
            Date = Unix(Now),
            OldChatMember = MemberWire(bot.ToWire(), old),
            NewChatMember = MemberWire(bot.ToWire(), now),
        };
        Enqueue(bot, "my_chat_member", id => new WireUpdate { UpdateId = id, MyChatMember = wire });
    }

    public static WireChatMember MemberWire(WireUser user, MemberStatus status) => status switch
    {
        MemberStatus.Administrator => new WireChatMember
        {
            Status = "administrator",
            User = user,
            CanBeEdited = false,
            IsAnonymous = false,
            CanManageChat = true,
            CanDeleteMessages = true,
            CanManageVideoChats = false,
            CanRestrictMembers = true,
            CanPromoteMembers = false,
            CanChangeInfo = false,
            CanInviteUsers = true,
            CanPostStories = false,
            CanEditStories = false,
            CanDeleteStories = false,
            CanPinMessages = true,
        },
        MemberStatus.Creator => new WireChatMember { Status = "creator", User = user, IsAnonymous = false },
        MemberStatus.Member => new WireChatMember { Status = "member", User = user },
        MemberStatus.Kicked => new WireChatMember { Status = "kicked", User = user, UntilDate = 0 },
        _ => new WireChatMember { Status = "left", User = user },
    };
}

using System.Globalization;
using System.Text.RegularExpressions;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Emulator.Formatting;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>
/// What people do on the emulated Telegram (write, press buttons, ask to join, block the bot) and what tests read back
/// (chats as they look now, the call log, injected faults), plus awaitable conditions. Also served over HTTP under /control.
/// </summary>
public sealed partial class EmulatorControl
{
    /// <summary>How long a bot may write to someone who asked to join, even if they never started it.</summary>
    public static readonly TimeSpan JoinRequestReplyWindow = TimeSpan.FromMinutes(5);

    private readonly EmulatorCore _core;

    internal EmulatorControl(EmulatorCore core)
    {
        _core = core;
    }

    private World World => _core.World;

    /// <summary>Adds a bot account; the returned token is what the bot under test connects with.</summary>
    public EmulatedBot AddBot(BotDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var token = definition.Token ?? MakeToken(definition.Id);
        lock (World.Gate)
        {
            if (World.Bots.ContainsKey(definition.Id) || World.Users.ContainsKey(definition.Id))
            {
                throw new ArgumentException($"Id {definition.Id} is taken.", nameof(definition));
            }

            var bot = new BotState(definition.Id, token, definition.Username, definition.FirstName, definition.PrivacyMode);
            World.Bots[bot.Id] = bot;
            World.BotsByToken[token] = bot;
            return ToView(bot);
        }
    }

    public IReadOnlyList<EmulatedBot> Bots
    {
        get
        {
            lock (World.Gate)
            {
                return [.. World.Bots.Values.Select(ToView)];
            }
        }
    }

    /// <summary>Privacy mode on (Telegram's default): in groups the bot sees only commands meant for it and replies to it.</summary>
    public void SetPrivacyMode(long botId, bool enabled)
    {
        lock (World.Gate)
        {
            Bot(botId).PrivacyMode = enabled;
        }
    }

    /// <summary>Updates produced and not yet confirmed by the bot (offset) or delivered to its webhook.</summary>
    public int PendingUpdateCount(long? botId = null)
    {
        lock (World.Gate)
        {
            return Bot(botId).Pending.Count;
        }
    }

    /// <summary>Creates a person; their private chat with a bot has the same id.</summary>
    public EmulatedUser CreateUser(long id, string firstName, string? username = null, string? lastName = null, string languageCode = "fr")
    {
        if (id <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "User ids are positive.");
        }

        lock (World.Gate)
        {
            if (World.Users.ContainsKey(id) || World.Bots.ContainsKey(id))
            {
                throw new ArgumentException($"Id {id} is taken.", nameof(id));
            }

            World.Users[id] = new UserState(id, firstName, username, lastName, languageCode);
            World.Chats[id] = new ChatState(id, ChatKind.Private, null);
            return new EmulatedUser(id, firstName, username);
        }
    }

    /// <summary>Creates a group (negative id, e.g. -4001) or a supergroup (e.g. -1001234567890).</summary>
    public EmulatedChat CreateGroup(long id, string title, ChatKind kind = ChatKind.Group, long? creatorUserId = null)
    {
        if (id >= 0 || kind == ChatKind.Private)
        {
            throw new ArgumentOutOfRangeException(nameof(id), "Group ids are negative.");
        }

        lock (World.Gate)
        {
            if (World.Chats.ContainsKey(id))
            {
                throw new ArgumentException($"Chat {id} exists.", nameof(id));
            }

            var chat = new ChatState(id, kind, title);
            if (creatorUserId is { } creator)
            {
                User(creator);
                chat.Members[creator] = MemberStatus.Creator;
            }

            World.Chats[id] = chat;
            return World.View(chat);
        }
    }

    public void AddUserToGroup(long chatId, long userId)
    {
        lock (World.Gate)
        {
            User(userId);
            Group(chatId).Members[userId] = MemberStatus.Member;
        }
    }

    /// <summary>A person adds the bot to a group (or changes its rights): the bot gets my_chat_member.</summary>
    public void AddBotToGroup(long chatId, long addedByUserId, bool asAdmin, long? botId = null) =>
        SetBotStatus(chatId, addedByUserId, asAdmin ? MemberStatus.Administrator : MemberStatus.Member, botId);

    /// <summary>A person removes the bot from a group: the bot gets my_chat_member (kicked) and 403 afterwards.</summary>
    public void RemoveBotFromGroup(long chatId, long removedByUserId, long? botId = null) =>
        SetBotStatus(chatId, removedByUserId, MemberStatus.Kicked, botId);

    private void SetBotStatus(long chatId, long byUserId, MemberStatus status, long? botId)
    {
        lock (World.Gate)
        {
            var chat = Group(chatId);
            var bot = Bot(botId);
            User(byUserId);
            if (!chat.Members.ContainsKey(byUserId))
            {
                chat.Members[byUserId] = MemberStatus.Member;
            }

            var old = chat.StatusOf(bot.Id);
            chat.Members[bot.Id] = status;
            World.EmitMyChatMember(bot, chat, byUserId, old, status);
            World.Changed.Fire();
        }
    }

    /// <summary>The person blocks the bot: the bot gets my_chat_member (kicked) and 403 "bot was blocked by the user".</summary>
    public void BlockBot(long userId, long? botId = null)
    {
        lock (World.Gate)
        {
            var user = User(userId);
            var bot = Bot(botId);
            if (user.BlockedBots.Add(bot.Id))
            {
                World.EmitMyChatMember(bot, World.Chats[userId], userId, MemberStatus.Member, MemberStatus.Kicked);
            }
        }
    }

    public void UnblockBot(long userId, long? botId = null)
    {
        lock (World.Gate)
        {
            var user = User(userId);
            var bot = Bot(botId);
            if (user.BlockedBots.Remove(bot.Id))
            {
                World.EmitMyChatMember(bot, World.Chats[userId], userId, MemberStatus.Kicked, MemberStatus.Member);
            }
        }
    }

    /// <summary>Telegram upgrades a group to a supergroup: the old id answers 400 with migrate_to_chat_id; returns the new id.</summary>
    public long MigrateToSupergroup(long chatId, long? newChatId = null)
    {
        lock (World.Gate)
        {
            var old = Group(chatId);
            if (old.Kind != ChatKind.Group || old.MigratedTo is not null)
            {
                throw new InvalidOperationException($"Chat {chatId} is not a basic group.");
            }

            var id = newChatId ?? -(1_000_000_000_000 + Math.Abs(chatId));
            var chat = new ChatState(id, ChatKind.Supergroup, old.Title);
            foreach (var (member, status) in old.Members)
            {
                chat.Members[member] = status;
            }

            World.Chats[id] = chat;
            old.MigratedTo = id;
            var by = old.Members.FirstOrDefault(m => World.Users.ContainsKey(m.Key)).Key;
            var left = World.AddMessage(old, n => Service(old, n, by, migrateTo: id));
            var arrived = World.AddMessage(chat, n => Service(chat, n, by, migrateFrom: chatId));
            World.Deliver(left, edited: false);
            World.Deliver(arrived, edited: false);
            return id;
        }
    }

    /// <summary>A person types a message in a private chat (chat id = their id) or a group; commands get bot_command entities.</summary>
    public EmulatedMessage UserSends(long userId, long chatId, string text, int? replyToMessageId = null, long? botId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return Post(userId, chatId, replyToMessageId, botId, EmulatedMessageKind.Text, m => m with
        {
            Text = text,
            Entities = CommandEntities(text),
        });
    }

    public EmulatedMessage UserSendsPhoto(long userId, long chatId, string? caption = null, int? replyToMessageId = null, long? botId = null)
    {
        string fileId;
        lock (World.Gate)
        {
            fileId = World.NewFileId("Photo");
        }

        return Post(userId, chatId, replyToMessageId, botId, EmulatedMessageKind.Photo, m => m with
        {
            PhotoFileId = fileId,
            Caption = caption,
            CaptionEntities = caption is null ? [] : CommandEntities(caption),
        });
    }

    /// <summary>Shares a location; with <paramref name="livePeriodSeconds"/> it is a live location the person can move.</summary>
    public EmulatedMessage UserSharesLocation(long userId, long chatId, double latitude, double longitude, int? livePeriodSeconds = null, long? botId = null) =>
        Post(userId, chatId, null, botId, EmulatedMessageKind.Location, m => m with
        {
            Location = new EmulatedLocation(latitude, longitude, livePeriodSeconds),
        });

    public EmulatedMessage UserSendsSticker(long userId, long chatId, string emoji = "👍", long? botId = null) =>
        Post(userId, chatId, null, botId, EmulatedMessageKind.Sticker, m => m with { StickerEmoji = emoji });

    public EmulatedMessage UserSendsVoice(long userId, long chatId, int durationSeconds = 4, long? botId = null) =>
        Post(userId, chatId, null, botId, EmulatedMessageKind.Voice, m => m with { VoiceDuration = durationSeconds });

    /// <summary>The person edits their own text message: the bot gets edited_message.</summary>
    public EmulatedMessage UserEdits(long userId, long chatId, int messageId, string newText)
    {
        lock (World.Gate)
        {
            var message = OwnMessage(userId, chatId, messageId);
            message.Text = newText;
            message.Entities = CommandEntities(newText);
            message.EditDate = World.Now;
            World.Touch(message);
            World.Deliver(message, edited: true);
            return World.View(message);
        }
    }

    /// <summary>A live location moves: the bot gets edited_message.</summary>
    public EmulatedMessage UserMovesLiveLocation(long userId, long chatId, int messageId, double latitude, double longitude)
    {
        lock (World.Gate)
        {
            var message = OwnMessage(userId, chatId, messageId);
            if (message.Location?.LivePeriod is null)
            {
                throw new InvalidOperationException("Only a live location moves.");
            }

            message.Location = message.Location with { Latitude = latitude, Longitude = longitude };
            message.EditDate = World.Now;
            World.Touch(message);
            World.Deliver(message, edited: true);
            return World.View(message);
        }
    }

    /// <summary>The person presses the inline button carrying <paramref name="callbackData"/>; returns the callback query id.</summary>
    public string PressButton(long userId, long chatId, int messageId, string callbackData)
    {
        lock (World.Gate)
        {
            User(userId);
            var message = Message(chatId, messageId);
            var button = message.InlineKeyboard?.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == callbackData)
                ?? throw new InvalidOperationException($"Message {messageId} in chat {chatId} has no button with data \"{callbackData}\".");
            return Press(userId, message, button);
        }
    }

    /// <summary>The person presses the inline button labelled <paramref name="label"/>; returns the callback query id.</summary>
    public string PressButtonLabelled(long userId, long chatId, int messageId, string label)
    {
        lock (World.Gate)
        {
            User(userId);
            var message = Message(chatId, messageId);
            var button = message.InlineKeyboard?.SelectMany(row => row).FirstOrDefault(b => b.Text == label && b.CallbackData is not null)
                ?? throw new InvalidOperationException($"Message {messageId} in chat {chatId} has no callback button \"{label}\".");
            return Press(userId, message, button);
        }
    }

    private string Press(long userId, MessageState message, WireInlineKeyboardButton button)
    {
        if (!message.FromBot || !World.Bots.TryGetValue(message.SenderId, out var bot))
        {
            throw new InvalidOperationException("Only a bot's message has callback buttons.");
        }

        var id = World.NewCallbackQueryId();
        bot.CallbackQueries[id] = new CallbackQueryState(id, userId, message.Chat.Id, message.Id, button.CallbackData!);
        var wire = new WireCallbackQuery
        {
            Id = id,
            From = World.Users[userId].ToWire(),
            Message = World.ToWire(message),
            ChatInstance = string.Create(CultureInfo.InvariantCulture, $"{message.Chat.Id ^ bot.Id}"),
            Data = button.CallbackData,
        };
        World.Enqueue(bot, "callback_query", updateId => new WireUpdate { UpdateId = updateId, CallbackQuery = wire });
        return id;
    }

    /// <summary>What the bot answered to a button press, or null while it has not answered.</summary>
    public CallbackAnswer? CallbackAnswer(string callbackQueryId)
    {
        lock (World.Gate)
        {
            return World.Bots.Values.Select(b => b.CallbackQueries.GetValueOrDefault(callbackQueryId)).FirstOrDefault(q => q is not null)?.Answer;
        }
    }

    /// <summary>The person opens an invite link: a join request (the bot gets chat_join_request) or, for a plain link, they join.</summary>
    public EmulatedJoinRequest RequestToJoin(long userId, string inviteLink)
    {
        lock (World.Gate)
        {
            var user = User(userId);
            var (chat, link) = World.Chats.Values
                .SelectMany(c => c.InviteLinks.Select(l => (Chat: c, Link: l)))
                .FirstOrDefault(x => x.Link.Url == inviteLink);
            if (chat is null)
            {
                throw new InvalidOperationException("Unknown invite link.");
            }

            if (!link.CreatesJoinRequest)
            {
                chat.Members[userId] = MemberStatus.Member;
                var joined = World.AddMessage(chat, n => Service(chat, n, userId, newMember: userId));
                World.Deliver(joined, edited: false);
                return new EmulatedJoinRequest(chat.Id, userId, inviteLink, JoinRequestStatus.Approved);
            }

            var request = new EmulatedJoinRequest(chat.Id, userId, inviteLink, JoinRequestStatus.Pending);
            chat.JoinRequests[userId] = request;
            var wire = new WireChatJoinRequest
            {
                Chat = World.ChatWire(chat),
                From = user.ToWire(),
                UserChatId = userId,
                Date = World.Unix(World.Now),
                InviteLink = Methods.ChatMethods.ToWire(World, link, chat),
            };
            foreach (var bot in World.Bots.Values.Where(b => chat.StatusOf(b.Id) is MemberStatus.Administrator or MemberStatus.Creator))
            {
                World.Enqueue(bot, "chat_join_request", id => new WireUpdate { UpdateId = id, ChatJoinRequest = wire });
                user.MayWriteUntil[bot.Id] = World.Now + JoinRequestReplyWindow;
            }

            World.Changed.Fire();
            return request;
        }
    }

    public EmulatedChat Chat(long chatId)
    {
        lock (World.Gate)
        {
            return World.View(ChatOf(chatId));
        }
    }

    /// <summary>Every chat as it looks now: private chats (id = user id) and groups.</summary>
    public IReadOnlyList<EmulatedChat> Chats
    {
        get
        {
            lock (World.Gate)
            {
                return [.. World.Chats.Values.Select(World.View)];
            }
        }
    }

    /// <summary>Every message of the chat, in order, deleted ones included (flagged).</summary>
    public IReadOnlyList<EmulatedMessage> Messages(long chatId) => Chat(chatId).Messages;

    public IReadOnlyList<EmulatedJoinRequest> JoinRequests(long chatId)
    {
        lock (World.Gate)
        {
            return [.. ChatOf(chatId).JoinRequests.Values];
        }
    }

    /// <summary>Invite links created in the chat, newest last.</summary>
    public IReadOnlyList<string> InviteLinks(long chatId)
    {
        lock (World.Gate)
        {
            return [.. ChatOf(chatId).InviteLinks.Select(l => l.Url)];
        }
    }

    public bool IsMember(long chatId, long userId)
    {
        lock (World.Gate)
        {
            return ChatState.IsIn(ChatOf(chatId).StatusOf(userId));
        }
    }

    /// <summary>The commands set with setMyCommands for the default scope and no language.</summary>
    public IReadOnlyList<(string Command, string Description)> Commands(long? botId = null)
    {
        lock (World.Gate)
        {
            return Bot(botId).Commands.TryGetValue("{\"type\":\"default\"}|", out var commands)
                ? [.. commands.Select(c => (c.Command, c.Description))]
                : [];
        }
    }

    /// <summary>Every Bot API call received, in arrival order.</summary>
    public IReadOnlyList<ApiCall> Calls => _core.Calls.Snapshot();

    public FaultCounts Faults => _core.Faults.Counts;

    public IReadOnlyList<InjectedFault> InjectedFaults => _core.Faults.Injected;

    /// <summary>Share of eligible calls failing at random from now on (0 to 1).</summary>
    public double FaultRate
    {
        get => _core.Faults.Rate;
        set => _core.Faults.Rate = value;
    }

    /// <summary>Makes the next <paramref name="count"/> eligible calls (of <paramref name="method"/>, or any effectful method) fail.</summary>
    public void InjectFault(FaultKind kind, int count = 1, string? method = null) => _core.Faults.InjectNext(kind, count, method);

    /// <summary>Waits until the chat holds at least <paramref name="count"/> messages matching <paramref name="predicate"/> (all when null).</summary>
    public Task<IReadOnlyList<EmulatedMessage>> WaitForMessagesAsync(
        long chatId,
        int count,
        Func<EmulatedMessage, bool>? predicate,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var match = predicate ?? (_ => true);
        return WaitUntilAsync(
            () =>
            {
                var messages = World.View(ChatOf(chatId)).Messages.Where(match).ToList();
                return messages.Count >= count ? (IReadOnlyList<EmulatedMessage>)messages : null;
            },
            () => Describe(chatId, $"{count} matching message(s)"),
            timeout,
            cancellationToken);
    }

    /// <summary>Waits until the bots have sent at least <paramref name="count"/> messages (deleted ones included) to the chat.</summary>
    public Task<IReadOnlyList<EmulatedMessage>> WaitForBotMessagesAsync(long chatId, int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForMessagesAsync(chatId, count, m => m.FromBot, timeout, cancellationToken);

    /// <summary>Waits for the first message of the chat matching <paramref name="predicate"/>.</summary>
    public async Task<EmulatedMessage> WaitForMessageAsync(
        long chatId,
        Func<EmulatedMessage, bool> predicate,
        TimeSpan timeout,
        CancellationToken cancellationToken) =>
        (await WaitForMessagesAsync(chatId, 1, predicate, timeout, cancellationToken))[0];

    public Task<CallbackAnswer> WaitForCallbackAnswerAsync(string callbackQueryId, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntilAsync(
            () => World.Bots.Values.Select(b => b.CallbackQueries.GetValueOrDefault(callbackQueryId)).FirstOrDefault(q => q is not null)?.Answer,
            () => $"no answer to callback query {callbackQueryId}",
            timeout,
            cancellationToken);

    /// <summary>Waits until a Bot API call matching <paramref name="predicate"/> has been answered (and logged).</summary>
    public Task<ApiCall> WaitForCallAsync(Func<ApiCall, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntilAsync(
            () => _core.Calls.Snapshot().FirstOrDefault(predicate),
            () => $"no matching call among {_core.Calls.Snapshot().Count}",
            timeout,
            cancellationToken);

    /// <summary>Waits until the bot has confirmed (or its webhook has received) every update produced so far.</summary>
    public Task WaitForUpdatesConsumedAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForUpdatesConsumedAsync(null, timeout, cancellationToken);

    /// <summary>Waits until the given bot (the first when null) has consumed every update produced so far.</summary>
    public Task WaitForUpdatesConsumedAsync(long? botId, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntilAsync(
            () => Bot(botId).Pending.Count == 0 ? (object)true : null,
            () => $"{Bot(botId).Pending.Count} update(s) still pending",
            timeout,
            cancellationToken);

    /// <summary>Waits until the bot is parked in a long poll (getUpdates with a timeout and nothing to return yet).</summary>
    public Task WaitForLongPollAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForLongPollAsync(null, timeout, cancellationToken);

    /// <summary>Waits until the given bot (the first when null) is parked in a long poll.</summary>
    public Task WaitForLongPollAsync(long? botId, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntilAsync(
            () => Bot(botId).ActivePoll is not null ? (object)true : null,
            () => "a long poll",
            timeout,
            cancellationToken);

    /// <summary>Re-checks <paramref name="probe"/> (under the world's lock) each time something changes; no polling.</summary>
    private async Task<T> WaitUntilAsync<T>(Func<T?> probe, Func<string> describe, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (World.Gate)
            {
                if (probe() is { } found)
                {
                    return found;
                }

                changed = Task.WhenAny(World.Changed.Next, AnyBotUpdate());
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                string description;
                lock (World.Gate)
                {
                    description = describe();
                }

                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {description}.");
            }
        }
    }

    private Task<Task> AnyBotUpdate() => Task.WhenAny(World.Bots.Values.Select(b => b.UpdatesArrived.Next).DefaultIfEmpty(Task.Delay(Timeout.Infinite)));

    private string Describe(long chatId, string wanted)
    {
        var messages = World.View(ChatOf(chatId)).Messages;
        var lines = messages.Select(m => $"  #{m.MessageId} {(m.FromBot ? "bot" : "user")}{(m.IsDeleted ? " (deleted)" : string.Empty)}: {m.Body ?? m.Kind.ToString()}");
        return $"{wanted} in chat {chatId}; it holds:\n{string.Join('\n', lines)}";
    }

    private EmulatedMessage Post(
        long userId,
        long chatId,
        int? replyToMessageId,
        long? botId,
        EmulatedMessageKind kind,
        Func<MessageDraft, MessageDraft> fill)
    {
        lock (World.Gate)
        {
            var user = User(userId);
            var chat = ChatOf(chatId);
            if (chat.MigratedTo is not null)
            {
                throw new InvalidOperationException($"Chat {chatId} became {chat.MigratedTo}.");
            }

            var bot = Bot(botId);
            if (chat.Kind == ChatKind.Private)
            {
                if (chatId != userId)
                {
                    throw new InvalidOperationException("A person writes in their own private chat with the bot (chat id = user id).");
                }

                // Writing to a bot starts it, and a person who writes to a blocked bot has unblocked it first.
                user.StartedBots.Add(bot.Id);
                if (user.BlockedBots.Remove(bot.Id))
                {
                    World.EmitMyChatMember(bot, chat, userId, MemberStatus.Kicked, MemberStatus.Member);
                }
            }
            else if (!ChatState.IsIn(chat.StatusOf(userId)))
            {
                chat.Members[userId] = MemberStatus.Member;
            }

            var replyTo = replyToMessageId is { } replyId
                ? World.FindMessage(chat, replyId) ?? throw new InvalidOperationException($"No message {replyId} in chat {chatId}.")
                : null;
            var draft = fill(new MessageDraft());
            var message = World.AddMessage(chat, id => new MessageState
            {
                Chat = chat,
                Id = id,
                SenderId = userId,
                FromBot = false,
                ConversationBotId = chat.Kind == ChatKind.Private ? bot.Id : 0,
                Date = World.Now,
                Kind = kind,
                Text = draft.Text,
                Entities = draft.Entities,
                Caption = draft.Caption,
                CaptionEntities = draft.CaptionEntities,
                PhotoFileId = draft.PhotoFileId,
                Location = draft.Location,
                StickerEmoji = draft.StickerEmoji,
                VoiceDuration = draft.VoiceDuration,
                ReplyTo = replyTo,
            });
            World.Deliver(message, edited: false);
            return World.View(message);
        }
    }

    private MessageState Service(ChatState chat, int id, long senderId, long? migrateTo = null, long? migrateFrom = null, long? newMember = null) => new()
    {
        Chat = chat,
        Id = id,
        SenderId = senderId,
        FromBot = false,
        ConversationBotId = 0,
        Date = World.Now,
        Kind = EmulatedMessageKind.Service,
        MigrateToChatId = migrateTo,
        MigrateFromChatId = migrateFrom,
        NewChatMemberIds = newMember is { } member ? [member] : null,
    };

    private MessageState OwnMessage(long userId, long chatId, int messageId)
    {
        var message = Message(chatId, messageId);
        return message.SenderId == userId ? message : throw new InvalidOperationException("People edit only their own messages.");
    }

    private MessageState Message(long chatId, int messageId) =>
        World.FindMessage(ChatOf(chatId), messageId) ?? throw new InvalidOperationException($"No message {messageId} in chat {chatId}.");

    private UserState User(long userId) =>
        World.Users.TryGetValue(userId, out var user) ? user : throw new InvalidOperationException($"No user {userId}.");

    private ChatState ChatOf(long chatId) =>
        World.Chats.TryGetValue(chatId, out var chat) ? chat : throw new InvalidOperationException($"No chat {chatId}.");

    private ChatState Group(long chatId)
    {
        var chat = ChatOf(chatId);
        return chat.Kind != ChatKind.Private ? chat : throw new InvalidOperationException($"Chat {chatId} is private.");
    }

    private BotState Bot(long? botId)
    {
        if (botId is { } id)
        {
            return World.Bots.TryGetValue(id, out var bot) ? bot : throw new InvalidOperationException($"No bot {id}.");
        }

        return World.Bots.Values.FirstOrDefault() ?? throw new InvalidOperationException("No bot.");
    }

    private static EmulatedBot ToView(BotState bot) => new(bot.Id, bot.Username, bot.FirstName, bot.Token);

    private static string MakeToken(long botId)
    {
        // Same shape as Telegram's ("{bot id}:{35 characters}"), derived from the id so that runs are reproducible.
        var secret = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(botId)))[..33];
        return string.Create(CultureInfo.InvariantCulture, $"{botId}:AA{secret}");
    }

    /// <summary>bot_command entities where Telegram puts them: a slash at the start or after white space.</summary>
    internal static IReadOnlyList<TextEntity> CommandEntities(string text) =>
        [.. CommandPattern().Matches(text).Select(m => new TextEntity("bot_command", m.Index, m.Length))];

    [GeneratedRegex(@"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")]
    private static partial Regex CommandPattern();

    private sealed record MessageDraft
    {
        public string? Text { get; init; }

        public IReadOnlyList<TextEntity> Entities { get; init; } = [];

        public string? Caption { get; init; }

        public IReadOnlyList<TextEntity> CaptionEntities { get; init; } = [];

        public string? PhotoFileId { get; init; }

        public EmulatedLocation? Location { get; init; }

        public string? StickerEmoji { get; init; }

        public int? VoiceDuration { get; init; }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Args;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NeighbourBot.Benchmarks;

/// <summary>
/// A Bot API that answers at once, in memory: the network edge of the load benchmark, so that it measures the bot's
/// turn path and not loopback HTTP. Remembers, per chat, when the bot last answered and the buttons it last showed.
/// </summary>
internal sealed class InstantTelegramClient : ITelegramBotClient
{
    private readonly ConcurrentDictionary<long, InlineKeyboardMarkup> _keyboards = new();
    private readonly ConcurrentDictionary<long, long> _lastReply = new();
    private readonly User _bot = new() { Id = 7_000_000_001, IsBot = true, FirstName = "NeighbourBot", Username = "neighbourbot_test_bot" };
    private int _messageId;
    private long _requests;

    public bool LocalBotServer => true;

    public long BotId => _bot.Id;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IExceptionParser ExceptionsParser { get; set; } = new DefaultExceptionParser();

    public long Requests => Interlocked.Read(ref _requests);

#pragma warning disable CS0067 // Part of the interface; nothing subscribes in the benchmark.
    public event AsyncEventHandler<ApiRequestEventArgs>? OnMakingApiRequest;

    public event AsyncEventHandler<ApiResponseEventArgs>? OnApiResponseReceived;
#pragma warning restore CS0067

    /// <summary>Stopwatch timestamp of the bot's last message to the chat (0 when none).</summary>
    public long LastReplyTimestamp(long chatId) => _lastReply.GetValueOrDefault(chatId);

    /// <summary>The callback data of the button labelled <paramref name="label"/> in the chat's latest keyboard.</summary>
    public string? ButtonData(long chatId, string label) =>
        _keyboards.TryGetValue(chatId, out var keyboard)
            ? keyboard.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.Text == label)?.CallbackData
            : null;

    public Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        object response = request switch
        {
            SendMessageRequest send => Sent(send.ChatId, send.Text, send.ReplyMarkup),
            SendPhotoRequest photo => Sent(photo.ChatId, photo.Caption, photo.ReplyMarkup),
            EditMessageTextRequest edit => Message(edit.ChatId, edit.Text),
            EditMessageCaptionRequest edit => Message(edit.ChatId, edit.Caption),
            EditMessageReplyMarkupRequest edit => Message(edit.ChatId, null),
            CreateChatInviteLinkRequest => new ChatInviteLink { InviteLink = "https://t.me/+bench", Creator = _bot, CreatesJoinRequest = true },
            _ when typeof(TResponse) == typeof(bool) => true,
            _ => throw new NotSupportedException("The load benchmark does not expect " + request.MethodName),
        };
        return Task.FromResult((TResponse)response);
    }

    public Task<bool> TestApi(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task DownloadFile(string filePath, Stream destination, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task DownloadFile(TGFile file, Stream destination, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private Message Sent(ChatId chat, string? text, ReplyMarkup? markup)
    {
        var id = chat.Identifier ?? 0;
        if (markup is InlineKeyboardMarkup keyboard)
        {
            _keyboards[id] = keyboard;
        }

        _lastReply[id] = Stopwatch.GetTimestamp();
        return Message(chat, text);
    }

    private Message Message(ChatId chat, string? text) => new()
    {
        Id = Interlocked.Increment(ref _messageId),
        Date = DateTime.UtcNow,
        Chat = new Chat { Id = chat.Identifier ?? 0, Type = chat.Identifier < 0 ? ChatType.Supergroup : ChatType.Private },
        From = _bot,
        Text = text,
    };
}

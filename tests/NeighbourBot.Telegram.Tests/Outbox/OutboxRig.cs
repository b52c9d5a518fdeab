using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.UnitOfWork;
using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Outbox;
using NeighbourBot.Telegram.Sending;

namespace NeighbourBot.Telegram.Tests.Outbox;

/// <summary>
/// The real outbox path: LiteDB outbox in a temp file, the real <see cref="OutboxSender"/> as a hosted
/// service, the real Telegram.Bot client over HTTP, the emulator on 127.0.0.1. Only the observer is a fake.
/// </summary>
internal sealed class OutboxRig : IAsyncDisposable
{
    private readonly string _folder;
    private readonly LiteDbDatabase _database;
    private readonly OutboxSignal _signal = new();
    private bool _started;

    private OutboxRig(TelegramEmulator emulator, string folder, SendLimitOptions limits, TelegramResilienceOptions resilience, OutboxSenderOptions senderOptions)
    {
        Emulator = emulator;
        _folder = folder;
        _database = new LiteDbDatabase(Path.Combine(folder, "outbox.db"));
        Store = new LiteDbOutboxStore(_database);
        var client = TelegramClientFactory.Create(new TelegramOptions { Token = emulator.Token, ApiBaseUrl = emulator.BaseUrl });
        Limiter = new TelegramRateLimiter(limits, TimeProvider.System);
        Executor = new TelegramActionExecutor(client, Limiter, TelegramResilience.Create(resilience, TimeProvider.System));
        Counting = new CountingOutboxStore(Store);
        Sender = new OutboxSender(
            Counting, new LiteDbUnitOfWorkFactory(_database), Executor, Limiter, Observer, _signal, senderOptions, TimeProvider.System, NullLogger<OutboxSender>.Instance);
    }

    public TelegramEmulator Emulator { get; }

    public EmulatorControl Control => Emulator.Control;

    public LiteDbOutboxStore Store { get; }

    /// <summary>What the sender sees: <see cref="Store"/>, its Due queries counted.</summary>
    public CountingOutboxStore Counting { get; }

    public TelegramRateLimiter Limiter { get; }

    public TelegramActionExecutor Executor { get; }

    public OutboxSender Sender { get; }

    public RecordingDeliveryObserver Observer { get; } = new();

    public static async Task<OutboxRig> StartAsync(
        Action<EmulatorOptions> configureEmulator,
        SendLimitOptions limits,
        TelegramResilienceOptions? resilience = null,
        OutboxSenderOptions? senderOptions = null)
    {
        var options = new EmulatorOptions();
        configureEmulator(options);
        var emulator = await TelegramEmulator.StartAsync(options, CancellationToken.None);
        var folder = Path.Combine(Path.GetTempPath(), "nb-outbox-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new OutboxRig(
            emulator,
            folder,
            limits,
            resilience ?? new TelegramResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromSeconds(1), AttemptTimeout = TimeSpan.FromSeconds(10) },
            senderOptions ?? new OutboxSenderOptions { IdleDelay = TimeSpan.FromMilliseconds(200), RescheduleBase = TimeSpan.FromMilliseconds(100), RescheduleMax = TimeSpan.FromSeconds(1) });
    }

    /// <summary>Private chats 1..count (each person has pressed Start) and groups -1..-count with the bot in them.</summary>
    public (long[] People, long[] Groups) CreateChats(int people, int groups, long firstPerson = 10_001, long firstGroup = -50_001)
    {
        var ids = Enumerable.Range(0, people).Select(i => firstPerson + i).ToArray();
        foreach (var id in ids)
        {
            Control.CreateUser(id, "Voisin " + id);
            Control.UserSends(id, id, "/start");
        }

        var groupIds = Enumerable.Range(0, groups).Select(i => firstGroup - i).ToArray();
        foreach (var id in groupIds)
        {
            Control.CreateGroup(id, "Quartier " + id, creatorUserId: ids.Length > 0 ? ids[0] : null);
            Control.AddBotToGroup(id, ids[0], asAdmin: true);
        }

        return (ids, groupIds);
    }

    public OutboxMessage Enqueue(long chatId, string text, OutboxPriority priority = OutboxPriority.Notification, bool isHtml = false)
    {
        var row = Store.Enqueue(new OutboxMessage
        {
            ChatId = chatId,
            Priority = priority,
            CreatedAt = TimeProvider.System.GetUtcNow(),
            NextAttemptAt = DateTimeOffset.MinValue,
            Action = new OutboundAction { Kind = OutboundActionKind.SendText, ChatId = chatId, Text = text, IsHtml = isHtml },
        });
        _signal.Notify();
        return row;
    }

    public async Task StartSenderAsync()
    {
        _started = true;
        await Sender.StartAsync(CancellationToken.None);
    }

    /// <summary>Waits (polling the store, not the clock) until nothing is left to send.</summary>
    public async Task DrainAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        while (Store.CountPending() > 0)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>The bot's messages in a chat, by text.</summary>
    public IReadOnlyList<string> BotTexts(long chatId) =>
        Control.Messages(chatId).Where(m => m.FromBot).Select(m => m.Body ?? "").ToList();

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Sender.StopAsync(CancellationToken.None);
        }

        Sender.Dispose();
        _signal.Dispose();
        _database.Dispose();
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the real result.
        }
    }
}

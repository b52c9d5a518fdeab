using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.UnitOfWork;
using NeighbourBot.Telegram;
using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Outbox;
using NeighbourBot.Telegram.Sending;
using SenderLimits = NeighbourBot.Telegram.Sending.SendLimitOptions;

namespace NeighbourBot.Benchmarks;

/// <summary>
/// <c>outbox [--messages N]</c>: a mixed backlog (notifications, group broadcasts, digests) drained by the real
/// OutboxSender over the real Telegram.Bot client against the emulator at Telegram's real limits, with the sender
/// at its defaults; prints throughput as a share of the configured ceiling, 429s, and the latency of turn replies
/// sent meanwhile. <c>outbox-worker &lt;db&gt; &lt;apiBaseUrl&gt; [perSecond]</c> (token in NB_TELEGRAM_TOKEN): drains an outbox
/// database and exits, for the crash spec, which kills it mid-backlog.
/// </summary>
internal static partial class Benchmarks
{
    private const string WorkerTokenVariable = "NB_TELEGRAM_TOKEN";

    private static void RegisterOutbox(Dictionary<string, Func<string[], Task<int>>> all)
    {
        all["outbox"] = RunOutboxAsync;
        all["outbox-worker"] = RunOutboxWorkerAsync;
    }

    private static async Task<int> RunOutboxAsync(string[] args)
    {
        var messages = 3_000;
        var index = Array.IndexOf(args, "--messages");
        if (index >= 0 && index + 1 < args.Length)
        {
            messages = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        }

        // Telegram's real limits in the emulator, the sender at its production defaults.
        await using var emulator = await TelegramEmulator.StartAsync(new EmulatorOptions(), CancellationToken.None);
        var limits = new SenderLimits();
        var folder = Path.Combine(Path.GetTempPath(), "nb-outbox-bench-" + Guid.NewGuid().ToString("N"));
        using (var database = new LiteDbDatabase(Path.Combine(folder, "outbox.db")))
        {
            var store = new LiteDbOutboxStore(database);
            var (notifications, broadcasts, digests) = Backlog(emulator, store, messages);
            Console.WriteLine(
                $"backlog: {messages} messages ({notifications} notifications, {broadcasts} broadcasts, {digests} digests), Release={IsRelease()}");

            using var signal = new OutboxSignal();
            var (executor, sender) = Wire(emulator.BaseUrl, emulator.Token, database, store, limits, signal);
            var clock = Stopwatch.StartNew();
            await sender.StartAsync(CancellationToken.None);

            // A resident's turn every ~200 ms, in a fresh private chat: its reply must not wait for the backlog.
            var latencies = new List<double>();
            var probe = 0;
            while (store.CountPending() > 0)
            {
                var chat = 900_000_000L + probe++;
                emulator.Control.CreateUser(chat, "Sonde");
                emulator.Control.UserSends(chat, chat, "/start");
                var turn = Stopwatch.StartNew();
                await executor.ExecuteAsync(
                    new OutboundAction { Kind = OutboundActionKind.SendText, ChatId = chat, Text = "C'est noté, merci !" }, SendPriority.Interactive, CancellationToken.None);
                latencies.Add(turn.Elapsed.TotalMilliseconds);
                await Task.Delay(TimeSpan.FromMilliseconds(200) - TimeSpan.FromMilliseconds(Math.Min(200, turn.Elapsed.TotalMilliseconds)));
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            await sender.StopAsync(CancellationToken.None);
            sender.Dispose();

            var calls = emulator.Calls;
            var sent = calls.Count(c => c.Method == "sendMessage" && c.StatusCode == 200);
            var rate = sent / elapsed;
            latencies.Sort();
            Console.WriteLine($"drained in {elapsed:F1} s: outbox {sender.Delivered} + turn replies {latencies.Count} = {sent} messages");
            Console.WriteLine(
                $"throughput: {rate:F2} msg/s = {100 * rate / limits.GlobalPerSecond:F1}% of the configured {limits.GlobalPerSecond}/s (target >= 95%); outbox alone {sender.Delivered / elapsed:F2} msg/s");
            Console.WriteLine($"429 received: {calls.Count(c => c.StatusCode == 429)} (target 0)");
            Console.WriteLine(
                $"turn reply latency while draining: p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F0} ms ({latencies.Count} replies)");
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<int> RunOutboxWorkerAsync(string[] args)
    {
        if (args.Length < 2 || Environment.GetEnvironmentVariable(WorkerTokenVariable) is not { Length: > 0 } token)
        {
            Console.Error.WriteLine($"usage: outbox-worker <database> <apiBaseUrl> [perSecond], token in {WorkerTokenVariable}");
            return 2;
        }

        var perSecond = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 25;
        using var database = new LiteDbDatabase(args[0]);
        var store = new LiteDbOutboxStore(database);
        using var signal = new OutboxSignal();
        var limits = new SenderLimits { GlobalPerSecond = perSecond, PerChatPerSecond = perSecond, PrivateBurst = perSecond, PerGroupPerMinute = perSecond * 60 };
        var (_, sender) = Wire(args[1], token, database, store, limits, signal);
        await sender.StartAsync(CancellationToken.None);
        while (store.CountPending() > 0)
        {
            await Task.Delay(20);
        }

        await sender.StopAsync(CancellationToken.None);
        Console.WriteLine($"delivered {sender.Delivered}");
        sender.Dispose();
        return 0;
    }

    private static (TelegramActionExecutor Executor, OutboxSender Sender) Wire(
        string apiBaseUrl, string token, LiteDbDatabase database, LiteDbOutboxStore store, SenderLimits limits, OutboxSignal signal)
    {
        var client = TelegramClientFactory.Create(new TelegramOptions { Token = token, ApiBaseUrl = apiBaseUrl });
        var limiter = new TelegramRateLimiter(limits, TimeProvider.System);
        var executor = new TelegramActionExecutor(client, limiter, TelegramResilience.Create(new TelegramResilienceOptions(), TimeProvider.System));
        var sender = new OutboxSender(
            store, new LiteDbUnitOfWorkFactory(database), executor, limiter, new UncaringObserver(), signal, new OutboxSenderOptions(), TimeProvider.System,
            NullLogger<OutboxSender>.Instance);
        return (executor, sender);
    }

    /// <summary>
    /// Half notifications to private chats (2 each), a fifth broadcasts to groups (5 each), the rest digests
    /// (1 per private chat): enough chats that the global limit binds, not a chat's own.
    /// </summary>
    private static (int Notifications, int Broadcasts, int Digests) Backlog(TelegramEmulator emulator, LiteDbOutboxStore store, int messages)
    {
        var notifications = messages / 2 / 2 * 2;
        var broadcasts = messages / 5 / 5 * 5;
        var digests = messages - notifications - broadcasts;
        var people = Math.Max(notifications / 2, digests);
        for (var i = 0; i < people; i++)
        {
            emulator.Control.CreateUser(100_000 + i, "Voisin");
            emulator.Control.UserSends(100_000 + i, 100_000 + i, "/start");
        }

        var groups = broadcasts / 5;
        for (var g = 0; g < groups; g++)
        {
            emulator.Control.CreateGroup(-700_000 - g, "Quartier", creatorUserId: 100_000);
            emulator.Control.AddBotToGroup(-700_000 - g, 100_000, asAdmin: true);
        }

        var now = TimeProvider.System.GetUtcNow();
        void Add(long chat, OutboxPriority priority, string text) => store.Enqueue(new OutboxMessage
        {
            ChatId = chat,
            Priority = priority,
            CreatedAt = now,
            NextAttemptAt = now,
            Action = new OutboundAction { Kind = OutboundActionKind.SendText, ChatId = chat, Text = text },
        });

        for (var round = 0; round < 5; round++)
        {
            for (var g = 0; g < groups; g++)
            {
                Add(-700_000 - g, OutboxPriority.Broadcast, $"Annonce {round} du quartier {g}");
            }

            for (var i = 0; i < notifications / 2 && round < 2; i++)
            {
                Add(100_000 + i, OutboxPriority.Notification, $"Nouvelle réponse {round} pour {i}");
            }
        }

        for (var i = 0; i < digests; i++)
        {
            Add(100_000 + i, OutboxPriority.Digest, $"Résumé de la semaine pour {i}");
        }

        return (notifications, broadcasts, digests);
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

    /// <summary>The benchmark has no domain to tell.</summary>
    private sealed class UncaringObserver : IDeliveryObserver
    {
        public void Sent(OutboxMessage message, long? messageId)
        {
        }

        public void Unreachable(long chatId)
        {
        }

        public void Migrated(long fromChatId, long toChatId)
        {
        }
    }
}

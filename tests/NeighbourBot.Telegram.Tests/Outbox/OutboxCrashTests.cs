using System.Diagnostics;
using System.Globalization;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Outbox;
using Xunit.Abstractions;

namespace NeighbourBot.Telegram.Tests.Outbox;

// One outbox spec at a time: they measure order and duplicates on 2 shared cores, where a starved attempt would time out.
[Collection("Outbox")]
public sealed class OutboxCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Messages = 300;
    private const int Chats = 30;
    private const int Crashes = 2;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nb-outbox-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_sender_killed_twice_mid_backlog_delivers_everything_after_restarts_and_repeats_no_message_more_than_once_per_crash()
    {
        await using var emulator = await TelegramEmulator.StartAsync(new EmulatorOptions { Limits = { Enabled = false } }, CancellationToken.None);
        var chats = Enumerable.Range(0, Chats).Select(i => 20_001L + i).ToArray();
        foreach (var chat in chats)
        {
            emulator.Control.CreateUser(chat, "Voisin");
            emulator.Control.UserSends(chat, chat, "/start");
        }

        var database = Path.Combine(_folder, "outbox.db");
        var expected = Backlog(database, chats);

        for (var crash = 1; crash <= Crashes; crash++)
        {
            using var worker = StartWorker(database, emulator);
            var atLeast = crash * Messages / (Crashes + 1);
            await KillWhenAsync(() => Delivered(emulator, chats) >= atLeast, worker);
            output.WriteLine("crash {0}: killed once {1} messages had arrived ({2} by the time it was dead)", crash, atLeast, Delivered(emulator, chats));
        }

        using (var last = StartWorker(database, emulator))
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await last.WaitForExitAsync(patience.Token);
            Assert.Equal(0, last.ExitCode);
        }

        var received = chats.SelectMany(c => emulator.Control.Messages(c).Where(m => m.FromBot).Select(m => m.Body!)).ToList();
        var duplicates = received.Count - received.Distinct().Count();
        output.WriteLine("{0} messages queued, {1} received, {2} duplicates after {3} crashes", expected.Count, received.Count, duplicates, Crashes);
        Assert.Equal(expected.Order(StringComparer.Ordinal), received.Distinct().Order(StringComparer.Ordinal));
        Assert.All(received.GroupBy(t => t), g => Assert.InRange(g.Count(), 1, 1 + Crashes));
        // One message in flight at a time and a Sent mark written to the file before the next send starts: a crash
        // can repeat only the message that was on the wire when the process died.
        Assert.InRange(duplicates, 0, Crashes);
        using var reopened = new LiteDbDatabase(database);
        Assert.Equal(0, new LiteDbOutboxStore(reopened).CountPending());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static List<string> Backlog(string database, long[] chats)
    {
        // The test process must let go of the file: the database allows one process at a time.
        using var db = new LiteDbDatabase(database);
        var store = new LiteDbOutboxStore(db);
        var texts = new List<string>();
        for (var i = 0; i < Messages; i++)
        {
            var chat = chats[i % chats.Length];
            var text = string.Create(CultureInfo.InvariantCulture, $"Message {i} pour {chat}");
            store.Enqueue(new OutboxMessage
            {
                ChatId = chat,
                Priority = OutboxPriority.Notification,
                CreatedAt = TimeProvider.System.GetUtcNow(),
                Action = new OutboundAction { Kind = OutboundActionKind.SendText, ChatId = chat, Text = text },
            });
            texts.Add(text);
        }

        return texts;
    }

    private static int Delivered(TelegramEmulator emulator, long[] chats) =>
        chats.Sum(c => emulator.Control.Messages(c).Count(m => m.FromBot));

    /// <summary>
    /// Kills the worker (SIGKILL: no shutdown code runs) as soon as <paramref name="condition"/> holds, from a
    /// dedicated thread: an await in between lets the worker send for as long as this process takes to resume.
    /// </summary>
    private static async Task KillWhenAsync(Func<bool> condition, Process worker)
    {
        var killed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new Thread(() =>
        {
            var patience = Stopwatch.StartNew();
            while (!condition() && !worker.HasExited && patience.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(2);
            }

            var met = condition() && !worker.HasExited;
            worker.Kill();
            killed.SetResult(met);
        });
        watcher.Start();
        Assert.True(await killed.Task, "the worker stopped or stalled before it was killed: " + await worker.StandardError.ReadToEndAsync());
        await worker.WaitForExitAsync();
    }

    /// <summary>The benchmarks' outbox-worker: the real OutboxSender in its own process, on the same database file.</summary>
    private static Process StartWorker(string database, TelegramEmulator emulator)
    {
        // Built next to this assembly's build (see the ProjectReference with ReferenceOutputAssembly=false).
        var here = Path.GetDirectoryName(typeof(OutboxCrashTests).Assembly.Location)!;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var dll = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", "NeighbourBot.Benchmarks", "bin", configuration, "net10.0", "NeighbourBot.Benchmarks.dll"));
        Assert.True(File.Exists(dll), dll + " is missing: build tests/NeighbourBot.Telegram.Tests, which builds it");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "outbox-worker", database, emulator.BaseUrl, "100" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NB_TELEGRAM_TOKEN"] = emulator.Token;
        return Process.Start(start)!;
    }
}

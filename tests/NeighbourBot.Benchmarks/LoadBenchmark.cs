using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Host.Hosting;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Telegram.Adapter;
using NeighbourBot.Telegram.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NeighbourBot.Benchmarks;

/// <summary>
/// <c>load [--residents 2000] [--seconds 30] [--in-flight 16]</c>: the whole bot in this process (the host's own service
/// wiring: TelegramAdapter, middleware, dialogs, LiteDB on disk, outbox sender) with updates handed straight to the
/// UpdateDispatcher, <c>--in-flight</c> turns at once, as a getUpdates batch would; replies go to an in-memory Bot API.
/// Each resident signs up, posts, publishes, then asks for help, their listings, a search… as fast as the bot answers.
/// Prints turns/s, p50/p99 turn latency, CPU time and peak memory.
/// </summary>
internal static partial class Benchmarks
{
    private static readonly string[] Chatter = ["/aide", "/mesannonces", "/cherche vélo", "/moi", "Merci beaucoup !"];

    private static readonly string[] StepNames = ["/start", "name", "address", "Oui (button)", "location", "/annonce (parser)", "Publier (button)", .. Chatter];

    private static void RegisterLoad(Dictionary<string, Func<string[], Task<int>>> all) => all["load"] = RunLoadAsync;

    private static async Task<int> RunLoadAsync(string[] args)
    {
        var residents = IntArg(args, "--residents", 2_000);
        var seconds = IntArg(args, "--seconds", 30);
        var index = Array.IndexOf(args, "--in-flight");
        var depths = index >= 0 && index + 1 < args.Length
            ? args[index + 1].Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray()
            : [4, 16];

        // Each depth on a fresh host and database: how many turns run at once changes both figures (see README).
        foreach (var inFlight in depths)
        {
            await RunLoadOnceAsync(residents, seconds, inFlight);
        }

        return 0;
    }

    private static async Task RunLoadOnceAsync(int residents, int seconds, int inFlight)
    {
        var gcBefore = (Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2), Pause: GC.GetTotalPauseDuration());
        var folder = Directory.CreateTempSubdirectory("nb-load-").FullName;
        var client = new InstantTelegramClient();
        var settings = new Dictionary<string, string?>
        {
            ["NeighbourBot:Storage:Path"] = Path.Combine(folder, "bot.db"),
            ["NeighbourBot:Addresses:Provider"] = "Offline",
            ["NeighbourBot:Telegram:Token"] = "7000000001:load-benchmark",
            ["NeighbourBot:RateLimit:MaxMessages"] = "100000",
            // Telegram lets a bot send ~30 messages/s in all, so 1,000 turns/s can only be the bot's own capacity: the
            // sending limits are lifted here (the host's validator, bypassed in-process, would refuse them) and
            // measured separately by the outbox benchmark.
            ["NeighbourBot:Outbox:GlobalPerSecond"] = "1000000",
            ["NeighbourBot:Outbox:PerChatPerSecond"] = "1000000",
            ["NeighbourBot:Outbox:PrivateBurst"] = "1000000",
            ["NeighbourBot:Outbox:PerGroupPerMinute"] = "1000000",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddBotLogging(configuration, LogLevel.Warning);
        builder.Services.AddNeighbourBot(configuration, client, new BotIdentity(client.BotId, "neighbourbot_test_bot", "NeighbourBot"));
        using var host = builder.Build();
        await host.StartAsync();
        var dispatcher = host.Services.GetRequiredService<UpdateDispatcher>();
        var streets = NeighbourBot.EndToEnd.Tests.Soak.SoakStreet.Load();

        // Warm-up (JIT, Recognizers' models, LiteDB pages): 100 residents through their whole script, not counted.
        await DriveAsync(dispatcher, client, streets, 9_000_000, 100, inFlight, TimeSpan.FromSeconds(5), null);

        var samples = new List<TurnSample>(residents * 16);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var turns = await DriveAsync(dispatcher, client, streets, 3_000_000, residents, inFlight, TimeSpan.FromSeconds(seconds), samples);
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        await host.StopAsync();
        var latencies = samples.Select(x => x.Ms).Order().ToList();

        int published;
        using (var database = host.Services.GetRequiredService<LiteDbDatabase>())
        {
            var store = new LiteDbListingStore(database);
            published = NeighbourBot.EndToEnd.Tests.Soak.SoakRun.QuartierIds.Values.Sum(q => store.InQuartier(q, ListingStatus.Open).Count);
        }

        Console.WriteLine($"load: {residents} residents, {inFlight} turns in flight, {elapsed.TotalSeconds:F1} s, Release={IsRelease()}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"turns: {turns} = {turns / elapsed.TotalSeconds:F0} turns/s (target >= 1000); {client.Requests} Bot API calls; {published} listings published");
        Console.WriteLine($"turn latency: p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F0} ms (target p99 < 50 ms)");
        Console.WriteLine($"CPU: {cpu.TotalSeconds:F1} s over {elapsed.TotalSeconds:F1} s = {cpu / elapsed:F2} cores; {cpu.TotalMilliseconds / Math.Max(1, turns):F2} ms CPU per turn");
        var byStep = samples.ToLookup(x => x.Step);
        Console.WriteLine("mean turn latency by step: " + string.Join(", ", StepNames.Select((n, i) => $"{n} {byStep[i].Select(x => x.Ms).DefaultIfEmpty().Average():F1} ms ({byStep[i].Count()})")));
        var p99 = Percentile(latencies, 0.99);
        var tail = samples.Where(x => x.Ms >= p99).ToList();
        Console.WriteLine("slowest 1% by step: " + string.Join(", ", tail.GroupBy(x => x.Step).OrderByDescending(g => g.Count()).Select(g => $"{StepNames[g.Key]} {g.Count()}")));
        Console.WriteLine($"slowest 1%: {tail.Count} turns started in {tail.Select(x => x.Start / (Stopwatch.Frequency / 10)).Distinct().Count()} distinct 100 ms windows; GC gen0/1/2 (warm-up included): {GC.CollectionCount(0) - gcBefore.Gen0}/{GC.CollectionCount(1) - gcBefore.Gen1}/{GC.CollectionCount(2) - gcBefore.Gen2}, paused {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalMilliseconds:F0} ms");
        Console.WriteLine($"peak memory (working set of the process so far): {process.PeakWorkingSet64 / 1_048_576} MiB; GC heap now {GC.GetTotalMemory(false) / 1_048_576} MiB");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Residents act in turn, each waiting for the bot's answer before the next message; <paramref name="inFlight"/> turns at
    /// once. Residents take turns round-robin (a queue, each back at its end after every message), so all of them go
    /// through signup and posting: with one task per resident racing for the slots, a few won them again and again and
    /// the run measured little more than their cheap chatter.
    /// </summary>
    private static async Task<int> DriveAsync(
        UpdateDispatcher dispatcher, InstantTelegramClient client, IReadOnlyList<NeighbourBot.EndToEnd.Tests.Soak.SoakStreet> streets, long firstId, int residents, int inFlight,
        TimeSpan duration, List<TurnSample>? samples)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var turns = 0;
        var updateId = (int)(firstId % 1_000_000_000);
        var queue = new ConcurrentQueue<(long Id, int Index, int Step)>(Enumerable.Range(0, residents).Select(i => (firstId + i, i, 0)));
        async Task WorkerAsync()
        {
            while (Stopwatch.GetTimestamp() < deadline && queue.TryDequeue(out var resident))
            {
                var (id, index, step) = resident;
                var update = Script(client, id, index, step, streets[index % streets.Count], Interlocked.Increment(ref updateId));
                if (update is not null)
                {
                    var start = Stopwatch.GetTimestamp();
                    await dispatcher.DispatchAsync(update, CancellationToken.None);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    Interlocked.Increment(ref turns);
                    if (samples is not null)
                    {
                        lock (samples)
                        {
                            samples.Add(new TurnSample(ms, StepOf(step, index), start));
                        }
                    }
                }

                queue.Enqueue((id, index, step + 1));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(WorkerAsync)));
        return turns;
    }

    /// <summary>Where a turn is counted in <see cref="StepNames"/>: the script's step, or which chatter message.</summary>
    /// <summary>One measured turn: how long it took, which step of <see cref="StepNames"/>, when it started (Stopwatch ticks).</summary>
    private readonly record struct TurnSample(double Ms, int Step, long Start);

    private static int StepOf(int step, int index) => step < 7 ? step : 7 + ((step + index) % Chatter.Length);

    /// <summary>The resident's next message: sign up, verify, post and publish, then everyday chatter.</summary>
    private static Update? Script(InstantTelegramClient client, long id, int index, int step, NeighbourBot.EndToEnd.Tests.Soak.SoakStreet street, int updateId)
    {
        var user = new User { Id = id, FirstName = "Voisin", IsBot = false, LanguageCode = "fr" };
        var chat = new Chat { Id = id, Type = ChatType.Private, FirstName = "Voisin" };
        Message Text(string text) => new()
        {
            Id = step + 1,
            Date = DateTime.UtcNow,
            From = user,
            Chat = chat,
            Text = text,
            Entities = text.StartsWith('/') ? [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = text.Split(' ')[0].Length }] : null,
        };
        Update Button(string? data) => new()
        {
            Id = updateId,
            CallbackQuery = new CallbackQuery
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"cq{updateId}"),
                From = user,
                ChatInstance = "load",
                Data = data,
                Message = new Message { Id = 1, Date = DateTime.UtcNow, Chat = chat, From = new User { Id = client.BotId, IsBot = true, FirstName = "NeighbourBot" } },
            },
        };

        return step switch
        {
            0 => new Update { Id = updateId, Message = Text("/start") },
            1 => new Update { Id = updateId, Message = Text("Claire " + NeighbourBot.EndToEnd.Tests.Soak.SoakResident.Word(index, 3) + "ard") },
            2 => new Update { Id = updateId, Message = Text(string.Create(CultureInfo.InvariantCulture, $"{1 + index % 90} {street.Name}")) },
            3 => Button(SignupMessages.Yes),
            4 => new Update
            {
                Id = updateId,
                Message = new Message { Id = step + 1, Date = DateTime.UtcNow, From = user, Chat = chat, Location = new Location { Latitude = street.Latitude, Longitude = street.Longitude, LivePeriod = 600 } },
            },
            5 => new Update { Id = updateId, Message = Text("/annonce Je donne une lampe de chevet, modèle " + NeighbourBot.EndToEnd.Tests.Soak.SoakResident.Word(index, 4)) },
            6 => client.ButtonData(id, PostingMessages.Publish) is { } publish ? Button(publish) : null,
            _ => new Update { Id = updateId, Message = Text(Chatter[(step + index) % Chatter.Length]) },
        };
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Emulator.Limits;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>
/// The soak scenario: the real host against the emulator (faults injected), residents of every Dijon quartier
/// signing up and acting at random, optionally the host killed and restarted; then the invariants, from the
/// emulator's record and the database file opened after the bot stopped.
/// </summary>
public static class SoakRun
{
    private const long FirstGroup = -1_009_000_000;

    /// <summary>Runs the scenario and returns its figures and broken invariants.</summary>
    public static async Task<SoakReport> RunAsync(SoakOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var report = new SoakReport { Residents = options.Residents };

        // Telegram's limits scaled up: this run is about faults and crashes; the outbox benchmark measures the limits.
        var emulatorOptions = new EmulatorOptions
        {
            Limits = new RateLimitOptions { GlobalPerSecond = 2_000, PrivateChatPerSecond = 200, PrivateChatBurst = 200, GroupPerMinute = 60_000 },
            Faults = new FaultOptions { Rate = 0, Seed = options.Seed },
        };
        // Faults start once the groups are linked, like the emulator's; a slow answer comes well after the attempt timeout below.
        var geocoder = options.GeocoderFaultRate is null ? null : LocalBanGeocoder.Start(0, options.Seed ^ 0x6e0, slowAnswer: TimeSpan.FromSeconds(3));
        await using var world = await BotWorld.StartAsync(emulatorOptions, geocoder);
        var control = world.Emulator.Control;
        var groups = CreateGroups(control);
        var processes = new List<BotProcess>();
        string[] settings =
        [
            // The highest limits the host accepts (Telegram's own): a group takes at most 20 messages a minute.
            "--NeighbourBot:Outbox:GlobalPerSecond=30",
            "--NeighbourBot:Outbox:PerChatPerSecond=30",
            "--NeighbourBot:Outbox:PrivateBurst=30",
            "--NeighbourBot:Outbox:PerGroupPerMinute=20",
            "--NeighbourBot:RateLimit:MaxMessages=1000",
            .. GeocoderResilience,
        ];
        processes.Add(await world.StartBotAsync(settings));
        try
        {
            foreach (var (name, group) in groups)
            {
                var id = QuartierIds[name];
                await world.SendAndExpectAsync(BotWorld.OperatorId, group, "/lier " + id, name);
            }

            control.FaultRate = options.FaultRate;
            if (geocoder is not null)
            {
                geocoder.FaultRate = options.GeocoderFaultRate!.Value;
            }

            var context = new SoakContext(control, options, groups);
            var residents = CreateResidents(control, options);
            options.Log($"soak: seed {options.Seed}, {groups.Count} groups linked, {residents.Count} residents, fault rate {options.FaultRate:P0}, geocoder {(geocoder is null ? "offline" : $"fault rate {geocoder.FaultRate:P0}")}, {options.Crashes} crash(es) planned");

            using var gate = new SemaphoreSlim(options.Concurrency);
            var barriers = new ClosingBarriers(new Meeting(residents.Count), new Meeting(residents.Count));
            var agents = residents.Select(r => ActAsync(context, r, gate, barriers)).ToList();
            var everyone = Task.WhenAll(agents);
            var crashes = CrashLoopAsync(world, processes, settings, options, everyone, report);
            await everyone;
            await crashes;
            report.SignedUp = residents.Count(r => r.Quartier is not null);
            options.Log($"soak: residents done after {clock.Elapsed.TotalSeconds:F1} s; waiting for the bot to settle");

            await SettleAsync(control, TimeSpan.FromSeconds(120));
            var last = world.Bot!;
            var exit = await StopGracefullyAsync(last);
            if (exit != 0)
            {
                report.Violation($"the host stopped with exit code {exit}");
            }

            foreach (var stall in context.Stalls)
            {
                report.Violation("stalled: " + stall);
            }

            report.Geocoder = geocoder?.Counts;
            report.AddressServiceDown = context.AddressServiceDown;
            report.AddressServiceBack = context.AddressServiceBack;
            report.Actions = context.Actions.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
            report.MeanSeconds = context.MeanSeconds;
            SoakInvariants.Check(world, context, residents, processes, report);
        }
        finally
        {
            foreach (var process in processes.Where(p => p != world.Bot))
            {
                await process.DisposeAsync();
            }
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>
    /// The geocoder client's patience for a run of seconds (the product's defaults are 4 s per attempt, 3 retries, a
    /// 30 s breaker): a slow answer costs one second, and without retries each injected fault reaches a resident as
    /// "the address service does not answer", the path this run is about (the retries themselves are covered by
    /// SignupThroughTheGeocoderSpecs and the Geo tests). The breaker keeps its thresholds and opens when faults bunch up.
    /// </summary>
    private static readonly string[] GeocoderResilience =
    [
        "--NeighbourBot:Addresses:Resilience:AttemptTimeout=00:00:01",
        "--NeighbourBot:Addresses:Resilience:TotalTimeout=00:00:02",
        "--NeighbourBot:Addresses:Resilience:MaxRetryAttempts=0",
        "--NeighbourBot:Addresses:Resilience:BreakerDuration=00:00:02",
    ];

    /// <summary>Quartier name → id, from the shipped map.</summary>
    public static IReadOnlyDictionary<string, string> QuartierIds { get; } = LoadQuartiers();

    private static Dictionary<string, string> LoadQuartiers()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "quartiers.geojson")));
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("id").GetString()!, StringComparer.Ordinal);
    }

    private static Dictionary<string, long> CreateGroups(EmulatorControl control)
    {
        var groups = new Dictionary<string, long>(StringComparer.Ordinal);
        var i = 0;
        foreach (var name in QuartierIds.Keys)
        {
            var id = FirstGroup - i++;
            control.CreateGroup(id, "Voisins – " + name, ChatKind.Supergroup, BotWorld.OperatorId);
            control.AddBotToGroup(id, BotWorld.OperatorId, asAdmin: true);
            groups[name] = id;
        }

        return groups;
    }

    private static List<SoakResident> CreateResidents(EmulatorControl control, SoakOptions options)
    {
        // Round robin over the gazetteer's quartiers, a random street in each: every quartier group gets residents.
        var byQuartier = SoakStreet.Load().GroupBy(s => s.Quartier, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var random = new Random(options.Seed);
        var residents = new List<SoakResident>();
        for (var i = 0; i < options.Residents; i++)
        {
            var streets = byQuartier[i % byQuartier.Count];
            var resident = new SoakResident(i, streets[random.Next(streets.Count)], options.Seed);
            control.CreateUser(resident.Id, resident.FirstName, resident.Username, resident.LastName);
            residents.Add(resident);
        }

        return residents;
    }

    /// <summary>
    /// One resident: signs up, acts at random for the run's duration, then — once everyone has acted, so that late
    /// interest counts — closes what is open. One step at a time under the gate.
    /// </summary>
    private static async Task ActAsync(SoakContext context, SoakResident resident, SemaphoreSlim gate, ClosingBarriers barriers)
    {
        var signalled = false;
        var interestSignalled = false;
        try
        {
            await StepAsync(gate, context, "signup", () => SoakActions.SignUpAsync(context, resident, CancellationToken.None));
            var deadline = DateTimeOffset.UtcNow + context.Options.Duration;
            while (DateTimeOffset.UtcNow < deadline)
            {
                var choices = context.Options.Actions.Where(a => a.Applies(context, resident)).ToList();
                if (choices.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200 + resident.Random.Next(300)));
                    continue;
                }

                var pick = resident.Random.NextDouble() * choices.Sum(a => a.Weight);
                var action = choices.First(a => (pick -= a.Weight) < 0 || a == choices[^1]);
                await StepAsync(gate, context, action.Name, () => action.RunAsync(context, resident, CancellationToken.None));

                // A person does not press the next button within a millisecond; this also lets other chats interleave.
                await Task.Delay(TimeSpan.FromMilliseconds(50 + resident.Random.Next(400)));
            }

            signalled = true;
            await barriers.Acted.ArriveAndWaitAsync();

            // With many residents (or a slow machine) most group posts come after everyone's time, held by Telegram's
            // per-group limit: then residents say « Ça m'intéresse » once each when a post of their quartier shows up,
            // until a tenth of them have, so the closing round always has listings to reserve and give.
            await InterestOnceAsync(gate, context, resident);
            interestSignalled = true;
            await barriers.Interested.ArriveAndWaitAsync();
            foreach (var action in context.Options.FinalActions)
            {
                while (action.Applies(context, resident))
                {
                    await StepAsync(gate, context, action.Name, () => action.RunAsync(context, resident, CancellationToken.None));
                }
            }
        }
        catch (SoakStallException e)
        {
            context.Stalled(resident, e.Message);
        }
        catch (InvalidOperationException e)
        {
            context.Stalled(resident, "emulator refused: " + e.Message);
        }
        finally
        {
            if (!signalled)
            {
                barriers.Acted.Arrive();
            }

            if (!interestSignalled)
            {
                barriers.Interested.Arrive();
            }
        }
    }

    private static async Task InterestOnceAsync(SemaphoreSlim gate, SoakContext context, SoakResident resident)
    {
        var interest = SoakActions.Default.Single(a => a.Name == "interest");
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        var enough = Math.Max(1, context.Options.Residents / 10);
        while (DateTimeOffset.UtcNow < deadline && context.Listings.Count(l => !l.Interested.IsEmpty) < enough)
        {
            if (interest.Applies(context, resident))
            {
                await StepAsync(gate, context, interest.Name, () => interest.RunAsync(context, resident, CancellationToken.None));
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>The two meeting points of the closing: everyone has acted; everyone has had a chance to show interest.</summary>
    private sealed record ClosingBarriers(Meeting Acted, Meeting Interested);

    /// <summary>A point every resident reaches once (acting to the end, or leaving early); the last arrival lets all go on.</summary>
    private sealed class Meeting(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _missing = expected;

        public void Arrive()
        {
            if (Interlocked.Decrement(ref _missing) == 0)
            {
                _all.TrySetResult();
            }
        }

        public Task ArriveAndWaitAsync()
        {
            Arrive();
            return _all.Task;
        }
    }

    /// <summary>Runs one action under the gate and counts it with its own duration (the wait for the gate left out).</summary>
    private static async Task StepAsync(SemaphoreSlim gate, SoakContext context, string name, Func<Task> step)
    {
        await gate.WaitAsync();
        try
        {
            var took = Stopwatch.StartNew();
            await step();
            context.Count(name, took.Elapsed);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Kills the host with SIGKILL at seeded random moments while residents act, and starts it again on the same database.</summary>
    private static async Task CrashLoopAsync(BotWorld world, List<BotProcess> processes, string[] settings, SoakOptions options, Task residents, SoakReport report)
    {
        var random = new Random(options.Seed ^ 0x5eed);
        var spacing = options.CrashEvery ?? options.Duration / Math.Max(1, options.Crashes + 1);
        for (var i = 0; i < options.Crashes; i++)
        {
            await Task.WhenAny(residents, Task.Delay(spacing * (0.5 + random.NextDouble())));
            var victim = world.Bot!;
            victim.Kill();
            await victim.WaitForExitAsync(TimeSpan.FromSeconds(30));
            report.Crashes++;
            options.Log($"soak: crash {report.Crashes}: host {victim.Id} killed; restarting on the same database");

            // Restarted once it asks for updates again: with a backlog waiting it may not sit in an idle long poll for a while.
            var calls = world.Emulator.Control.Calls;
            var mark = calls.Count == 0 ? 0 : calls[^1].Sequence;
            processes.Add(await world.StartBotAsync(waitForPolling: false, settings));
            try
            {
                await world.Emulator.Control.WaitForCallAsync(c => c.Method == "getUpdates" && c.Sequence > mark, TimeSpan.FromSeconds(90), CancellationToken.None);
            }
            catch (TimeoutException e)
            {
                throw new InvalidOperationException("The restarted host never polled. Its output:\n" + world.Bot!.Output, e);
            }
        }
    }

    /// <summary>Waits until the bot has taken every update and made no Bot API call but polling for a while (outbox drained).</summary>
    private static async Task SettleAsync(EmulatorControl control, TimeSpan limit)
    {
        var quiet = TimeSpan.FromSeconds(3);
        var clock = Stopwatch.StartNew();
        var lastCount = -1;
        var since = clock.Elapsed;
        while (clock.Elapsed < limit)
        {
            var count = control.Calls.Count(c => c.Method != "getUpdates");
            if (count != lastCount || control.PendingUpdateCount() > 0)
            {
                lastCount = count;
                since = clock.Elapsed;
            }
            else if (clock.Elapsed - since >= quiet)
            {
                return;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGTERM: the host stops as an operator stops it, then the database can be opened.</summary>
    private static async Task<int> StopGracefullyAsync(BotProcess bot)
    {
        using (var kill = Process.Start("kill", ["-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }
}

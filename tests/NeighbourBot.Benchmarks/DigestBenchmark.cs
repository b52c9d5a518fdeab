using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Digests;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.Quartiers;
using NeighbourBot.Storage.Residents;
using NeighbourBot.Storage.UnitOfWork;
using SenderLimits = NeighbourBot.Telegram.Sending.SendLimitOptions;

namespace NeighbourBot.Benchmarks;

/// <summary>
/// <c>digest [--quartiers N] [--listings N] [--residents N]</c>: writes a synthetic LiteDB file (1,000 quartiers with a
/// linked group each, 100,000 open listings, 400,000 residents, every private digest due at once: the worst case), then
/// builds every group and private digest in a child process (<c>digest-build &lt;db&gt;</c>) so its peak memory is the
/// build's alone; prints build time, peak memory, the drain time at the configured Outbox limits, and how the private
/// digests of a Sunday spread over the day under <see cref="DigestOptions.PrivatePerMinute"/>.
/// </summary>
internal static partial class Benchmarks
{
    private static readonly DateTimeOffset DigestNow = new(2026, 11, 29, 17, 30, 0, TimeSpan.Zero);

    private static void RegisterDigest(Dictionary<string, Func<string[], Task<int>>> all)
    {
        all["digest"] = RunDigestAsync;
        all["digest-build"] = RunDigestBuildAsync;
    }

    private static async Task<int> RunDigestAsync(string[] args)
    {
        var quartiers = IntArgument(args, "--quartiers", 1_000);
        var listings = IntArgument(args, "--listings", 100_000);
        var residents = IntArgument(args, "--residents", 400_000);
        var folder = Environment.GetEnvironmentVariable("NB_DIGEST_FOLDER") ?? Path.Combine(Path.GetTempPath(), "nb-digest-bench-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "digest.db");
        try
        {
            var clock = Stopwatch.StartNew();
            var preferences = Generate(path, quartiers, listings, residents);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"data: {quartiers:N0} quartiers (one group each), {listings:N0} open listings, {residents:N0} residents; written in {clock.Elapsed.TotalSeconds:F1} s, "
                + $"file {new FileInfo(path).Length / 1024.0 / 1024.0:F0} MiB, Release={IsRelease()}"));

            var (exit, output) = await RunChildAsync("digest-build", path);
            Console.Write(output);
            if (exit != 0)
            {
                return exit;
            }

            PrintSpread(preferences, quartiers);
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder) && Environment.GetEnvironmentVariable("NB_DIGEST_FOLDER") is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The build alone, in its own process: every group recap, then every due private digest from its watermark.</summary>
    private static async Task<int> RunDigestBuildAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: digest-build <database>");
            return 2;
        }

        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        using var database = new LiteDbDatabase(args[0]);
        var quartierStore = new LiteDbQuartierStore(database);
        var residentStore = new LiteDbResidentStore(database);
        var marks = new LiteDbDigestStore(database);
        var jobs = new DigestJobs(
            quartierStore, residentStore, marks, new LiteDbOutboxStore(database),
            new QuartierNames(quartierStore, new NoMap()), new LiteDbUnitOfWorkFactory(database), Options.Create(new DigestOptions()),
            Options.Create(new ListingOptions { BotUsername = "NeighbourBot" }), new FixedClock(DigestNow), NullLogger<DigestJobs>.Instance);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long groupMessages = 0, groupChars = 0, privateDigests = 0, privateChars = 0, nothingNew = 0, skipped = 0, lines = 0;
        var longest = 0;
        // Every group's recap as the scheduled run builds it (one read of the day's listings, not one per quartier), while
        // the other core reads the due watermarks from their index, as the job does: two reads that do not wait on each other.
        var dueRead = Task.Run(() =>
        {
            var started = clock.Elapsed;
            var marksDue = marks.DueBy(DigestNow, int.MaxValue);
            return (Marks: marksDue, Time: clock.Elapsed - started);
        });
        foreach (var (quartier, texts) in jobs.PreviewGroups())
        {
            foreach (var text in texts)
            {
                groupMessages += quartier.GroupChatIds.Count;
                groupChars += text.Length;
                longest = Math.Max(longest, text.Length);
            }
        }

        var groupTime = clock.Elapsed;
        var (due, markTime) = await dueRead;
        var readsDone = clock.Elapsed;

        // Then each due watermark as the job takes it (it carries what the digest needs of its resident), with each
        // quartier's recent listings read and rendered once, at its first resident.
        var counters = new long[5];
        var cache = new Dictionary<string, QuartierLines>(StringComparer.Ordinal);
        foreach (var mark in due)
        {
            switch (jobs.BuildPrivate(mark, DigestNow, cache))
            {
                case { Message: { } message }:
                    counters[0]++;
                    counters[1] += message.Action.Text.Length;
                    counters[2] += message.Action.Buttons.Count - 1;
                    break;
                case { Skipped: true }:
                    counters[3]++;
                    break;
                default:
                    counters[4]++;
                    break;
            }
        }

        (privateDigests, privateChars, lines, skipped, nothingNew) = (counters[0], counters[1], counters[2], counters[3], counters[4]);

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var limits = new SenderLimits();
        var options = new DigestOptions();
        var digestRate = Math.Min(limits.GlobalPerSecond - limits.InteractiveReserve, options.PrivatePerMinute / 60.0);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c,
            $"build: {clock.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU on {Environment.ProcessorCount} cores, load average {LoadAverage()} (target < 5 s; group recaps {groupTime.TotalSeconds:F2} s alongside {due.Count:N0} due watermarks from the index {markTime.TotalSeconds:F2} s, private digests {(clock.Elapsed - readsDone).TotalSeconds:F2} s); peak working set {peak / 1024.0 / 1024.0:F0} MiB (target < 500 MiB; {before / 1024.0 / 1024.0:F0} MiB before opening the file)"));
        Console.WriteLine(string.Create(c,
            $"group recaps: {groupMessages:N0} messages ({groupChars / Math.Max(1, groupMessages):N0} characters on average, longest {longest:N0})"));
        Console.WriteLine(string.Create(c,
            $"private digests: {privateDigests:N0} built ({lines:N0} listing buttons, {privateChars / Math.Max(1, privateDigests):N0} characters on average), "
            + $"{nothingNew:N0} with nothing new (not sent), {skipped:N0} unreachable (skipped)"));
        var groupSeconds = groupMessages / (double)(limits.GlobalPerSecond - limits.InteractiveReserve);
        Console.WriteLine(string.Create(c,
            $"drain at Outbox:GlobalPerSecond={limits.GlobalPerSecond} (minus {limits.InteractiveReserve}/s kept for replies), PerGroupPerMinute={limits.PerGroupPerMinute}: "
            + $"group recaps {groupSeconds:F0} s; private digests handed over at Digest:PrivatePerMinute={options.PrivatePerMinute} ({digestRate:F0}/s) take "
            + $"{privateDigests / digestRate / 3600:F1} h if all fall due at once (at the full {limits.GlobalPerSecond - limits.InteractiveReserve}/s it would be "
            + $"{privateDigests / (double)(limits.GlobalPerSecond - limits.InteractiveReserve) / 3600:F1} h, leaving nothing for notifications)"));
        return 0;
    }

    /// <summary>Writes the synthetic file in large transactions; returns how many residents want what (frequency, day, hour).</summary>
    private static Dictionary<(DigestFrequency Frequency, DayOfWeek Day, int Hour), int> Generate(string path, int quartierCount, int listingCount, int residentCount)
    {
        const int Batch = 10_000;
        var preferences = new Dictionary<(DigestFrequency, DayOfWeek, int), int>();
        using var database = new LiteDbDatabase(path);
        var units = new LiteDbUnitOfWorkFactory(database);
        var quartiers = new LiteDbQuartierStore(database);
        var residents = new LiteDbResidentStore(database);
        var listings = new LiteDbListingStore(database);
        var marks = new LiteDbDigestStore(database);
        var random = new Random(20261126);
        var kinds = Enum.GetValues<ListingKind>().Where(k => k != ListingKind.None).ToArray();
        var categories = Enum.GetValues<ListingCategory>().Where(k => k != ListingCategory.None).ToArray();
        var words = new[] { "vélo", "table", "poussette", "perceuse", "livres", "canapé", "plantes", "jouets", "lampe", "manteau", "échelle", "cours de maths" };

        void InBatches(int count, Action<int> write)
        {
            for (var start = 0; start < count; start += Batch)
            {
                var unit = units.Begin();
                var first = start;
                unit.Stage(() =>
                {
                    for (var i = first; i < Math.Min(count, first + Batch); i++)
                    {
                        write(i);
                    }
                });
                unit.Commit();
            }
        }

        string QuartierId(int i) => "q" + i.ToString("D4", CultureInfo.InvariantCulture);
        InBatches(quartierCount, i =>
        {
            quartiers.Upsert(new Quartier { Id = QuartierId(i), Name = "Quartier " + i.ToString(CultureInfo.InvariantCulture), GroupChatIds = [-1_000_000_000L - i] });
            marks.Save(new DigestMark { ChatId = -1_000_000_000L - i, Since = DigestNow.AddDays(-1), LastDueAt = DigestNow.AddDays(-1) });
        });
        marks.Save(new DigestMark { ChatId = DigestJobs.ScheduleMarkId, Since = DigestNow.AddDays(-1), LastDueAt = DigestNow.AddDays(-1) });

        InBatches(listingCount, i =>
        {
            var published = DigestNow - TimeSpan.FromMinutes(random.Next(14 * 24 * 60));
            var word = words[random.Next(words.Length)];
            var text = $"Bonjour, {word} en bon état à récupérer dans le quartier, n°{i.ToString(CultureInfo.InvariantCulture)}. Écrivez-moi par le bot !";
            listings.Save(new Listing
            {
                AuthorId = 1 + random.Next(residentCount),
                QuartierId = QuartierId(random.Next(quartierCount)),
                Kind = kinds[i % kinds.Length],
                Category = categories[random.Next(categories.Length)],
                Title = word + " n°" + i.ToString(CultureInfo.InvariantCulture),
                Items = [word],
                Text = text,
                MaskedText = text,
                Status = ListingStatus.Open,
                CreatedAt = published,
                PublishedAt = published,
                UpdatedAt = published,
                ExpiresAt = published.AddDays(14),
            });
        });

        InBatches(residentCount, i =>
        {
            var id = i + 1L;
            var preference = Preference(id);
            var key = (preference.Frequency, preference.Day, preference.Hour);
            preferences[key] = preferences.GetValueOrDefault(key) + 1;
            residents.Upsert(new Resident
            {
                Id = id,
                PrivateChatId = id,
                FirstName = "Voisin" + id.ToString(CultureInfo.InvariantCulture),
                QuartierId = QuartierId(i % quartierCount),
                Verification = VerificationLevel.Verified,
                Digest = preference,
                Reachable = id % 50 != 0,
                CreatedAt = DigestNow.AddDays(-60),
            });
            if (preference.Frequency != DigestFrequency.Never)
            {
                // Everyone due at once: the build benchmark is the worst case, not a typical minute.
                marks.Save(new DigestMark
                {
                    ChatId = id,
                    Since = DigestNow - DigestSchedule.Period(preference.Frequency),
                    LastDueAt = DigestNow.AddDays(-7),
                    NextDueAt = DigestNow.AddMinutes(-1),
                });
            }
        });

        return preferences;
    }

    /// <summary>A plausible mix: a fifth never, a quarter daily at common hours, the rest weekly, mostly on the default (Sunday, 18 h).</summary>
    private static DigestPreference Preference(long id) => (id % 20) switch
    {
        < 4 => new DigestPreference { Frequency = DigestFrequency.Never },
        < 9 => new DigestPreference { Frequency = DigestFrequency.Daily, Hour = new[] { 7, 8, 12, 18, 21 }[id % 5] },
        _ when id % 3 == 0 => new DigestPreference { Frequency = DigestFrequency.Weekly, Day = (DayOfWeek)(id % 7), Hour = 8 + (int)(id % 13) },
        _ => new DigestPreference(),
    };

    /// <summary>Private digests of a Sunday hour by hour under the per-minute budget: what falls due, what leaves, what waits.</summary>
    private static void PrintSpread(Dictionary<(DigestFrequency Frequency, DayOfWeek Day, int Hour), int> preferences, int quartiers)
    {
        var options = new DigestOptions();
        var perHour = options.PrivatePerMinute * 60;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a Sunday, local hour by hour (each resident's digest at their hour + 0-{options.SpreadMinutes - 1} min by id; at most {options.PrivatePerMinute}/min handed to the outbox; "
            + $"{quartiers:N0} group recaps at 18:00):"));
        Console.WriteLine("hour | due | handed to the outbox | still waiting");
        var waiting = 0;
        var lastBusyHour = -1;
        for (var hour = 0; hour < 30; hour++)
        {
            var day = hour < 24 ? DayOfWeek.Sunday : DayOfWeek.Monday;
            var local = hour % 24;
            var due = preferences.Where(p => p.Key.Hour == local && (p.Key.Frequency == DigestFrequency.Daily || (p.Key.Frequency == DigestFrequency.Weekly && p.Key.Day == day)))
                .Sum(p => p.Value);
            var handed = Math.Min(perHour, waiting + due);
            waiting = waiting + due - handed;
            if (due + handed > 0)
            {
                lastBusyHour = hour;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(hour >= 24 ? "Mon " : "")}{local:D2}h | {due:N0} | {handed:N0} | {waiting:N0}"));
            }

            if (hour >= 24 && waiting == 0 && due == 0)
            {
                break;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the Sunday backlog is through by {(lastBusyHour + 1) % 24:D2}:00{(lastBusyHour >= 23 ? " (Monday)" : "")}; the outbox never holds more than about one minute of digests, "
            + $"and notifications, broadcasts and turn replies leave first (higher priority, reserved slots)"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int IntArgument(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Runs this benchmark program again with other arguments, and returns its exit code and output.</summary>
    private static async Task<(int Exit, string Output)> RunChildAsync(params string[] args)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(Benchmarks).Assembly.Location);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the build process");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Quartier names come from the store here; the map is not needed.</summary>
    private sealed class NoMap : IQuartierMap
    {
        public IReadOnlyList<QuartierArea> Quartiers => [];

        public QuartierMatch? Locate(double longitude, double latitude) => null;

        public QuartierArea? Find(string idOrName) => null;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;
using NeighbourBot.Language;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Benchmarks;

/// <summary>
/// <c>parser</c>: our listing parser against the naive pipeline (all five French Recognizers models on every
/// message) on the same messages: warm throughput on one thread, extraction quality on what both extract, and
/// whole-process cold start (median of 5 launches of <c>parser-cold ours|naive</c>).
/// </summary>
internal static partial class Benchmarks
{
    private const string ColdMessage = "Vends table basse 20€, à venir chercher samedi prochain après 18h. Tél 06 39 98 12 40 ou jean@example.org";

    private static readonly DateTimeOffset BenchNow = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static void RegisterParser(Dictionary<string, Func<string[], Task<int>>> all)
    {
        all["parser"] = RunParserAsync;
        all["parser-cold"] = RunParserColdAsync;
        all["parser-loop"] = RunParserLoopAsync;
    }

    private static async Task<int> RunParserAsync(string[] args)
    {
        var corpus = LoadCorpus();
        Console.WriteLine($"messages: {corpus.Count} (the labelled corpus), one thread, Release={IsRelease()}");

        var recognizers = new FrenchRecognizers();
        await recognizers.WarmUpAsync();
        var ours = new FrenchListingParser(new FixedClock(BenchNow), recognizers);
        var naive = new NaivePipeline();
        naive.Warm();

        // Both warmed for ~2 s (tiered JIT), then measured in alternating rounds so that load from other processes
        // on the machine hits both alike; the median round counts.
        Throughput(corpus, t => ours.Parse(t), TimeSpan.FromSeconds(2));
        Throughput(corpus, t => naive.Run(t), TimeSpan.FromSeconds(2));
        var oursRounds = new List<double>();
        var naiveRounds = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            oursRounds.Add(Throughput(corpus, t => ours.Parse(t), TimeSpan.FromSeconds(1)));
            naiveRounds.Add(Throughput(corpus, t => naive.Run(t), TimeSpan.FromSeconds(1)));
        }

        var oursRate = Median(oursRounds);
        var naiveRate = Median(naiveRounds);
        Console.WriteLine($"warm throughput (median of 5 alternating 1 s rounds): ours {oursRate:F0} msg/s, naive {naiveRate:F0} msg/s, ratio {oursRate / naiveRate:F1}x (target >= 5x); " +
                          $"Recognizers model runs by our parser: {recognizers.ModelCalls} in total");

        var q = Quality(corpus, ours, naive);
        Console.WriteLine(q);

        var oursCold = ColdStarts("ours");
        var naiveCold = ColdStarts("naive");
        Console.WriteLine($"cold start, whole process to first result line (median of 5): ours {Median(oursCold):F0} ms [{string.Join(", ", oursCold.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))}], " +
                          $"naive {Median(naiveCold):F0} ms [{string.Join(", ", naiveCold.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))}]");
        return 0;
    }

    /// <summary>
    /// Our parser alone on the corpus for a given number of seconds (default 20), printing its rate: the process to
    /// attach a sampling profiler to (<c>dotnet-trace collect -- dotnet … parser-loop 30</c>).
    /// </summary>
    private static async Task<int> RunParserLoopAsync(string[] args)
    {
        var seconds = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var s) ? s : 20;
        var corpus = LoadCorpus();
        var recognizers = new FrenchRecognizers();
        await recognizers.WarmUpAsync();
        var ours = new FrenchListingParser(new FixedClock(BenchNow), recognizers);
        Throughput(corpus, t => ours.Parse(t), TimeSpan.FromSeconds(2));
        var count = 0;
        var cpu = ThreadCpuTime();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var rate = Throughput(corpus, t =>
        {
            ours.Parse(t);
            count++;
        }, TimeSpan.FromSeconds(seconds));
        var perMessage = (ThreadCpuTime() - cpu).TotalMicroseconds / count;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count;

        // The loop's thread's own CPU time: steadier than the wall clock on a busy machine, where the thread waits for a core
        // (and not the process's, which counts the JIT still at work on another thread).
        Console.WriteLine($"ours alone, {seconds} s warm: {rate:F0} msg/s over {corpus.Count} corpus messages, {perMessage:F1} µs of this thread's CPU and {bytes / 1024:F1} KiB allocated per message, Release={IsRelease()}");
        return 0;
    }

    /// <summary>The calling thread's user and system time, from /proc (Linux; zero elsewhere).</summary>
    private static TimeSpan ThreadCpuTime()
    {
        const string Stat = "/proc/thread-self/stat";
        if (!File.Exists(Stat))
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
        var text = File.ReadAllText(Stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static Task<int> RunParserColdAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "naive")
        {
            var naive = new NaivePipeline();
            Console.WriteLine("naive " + naive.Run(ColdMessage));
        }
        else
        {
            var ours = new FrenchListingParser(new FixedClock(BenchNow), new FrenchRecognizers());
            var p = ours.Parse(ColdMessage);
            Console.WriteLine($"ours {p.Kind} {string.Join('|', p.Items)} {p.PriceEur} {p.When} {p.WhenStart} {p.HasContact}");
        }

        return Task.FromResult(0);
    }

    private static double Throughput(List<CorpusRow> corpus, Action<string> run, TimeSpan duration)
    {
        var count = 0;
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            foreach (var row in corpus)
            {
                run(row.Text);
                count++;
            }
        }

        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static string Quality(List<CorpusRow> corpus, FrenchListingParser ours, NaivePipeline naive)
    {
        int priceLines = 0, oursPrice = 0, naivePrice = 0, contactTrue = 0;
        int oursCTp = 0, oursCFp = 0, naiveCTp = 0, naiveCFp = 0;
        int oursWTp = 0, oursWFp = 0, naiveWTp = 0, naiveWFp = 0, whenGold = 0;
        foreach (var row in corpus)
        {
            var o = ours.Parse(row.Text);
            var n = naive.Run(row.Text);
            if (row.Kind is "sell" or "seek")
            {
                priceLines++;
                oursPrice += o.PriceEur == row.Price ? 1 : 0;
                naivePrice += n.Price == row.Price ? 1 : 0;
            }

            contactTrue += row.HasContact ? 1 : 0;
            (oursCTp, oursCFp) = Count(o.HasContact, row.HasContact, oursCTp, oursCFp);
            (naiveCTp, naiveCFp) = Count(n.HasContact, row.HasContact, naiveCTp, naiveCFp);
            whenGold += row.When is null ? 0 : 1;
            (oursWTp, oursWFp) = WhenCount(o.When, row.When, oursWTp, oursWFp);
            (naiveWTp, naiveWFp) = WhenCount(n.When, row.When, naiveWTp, naiveWFp);
        }

        static (int, int) Count(bool predicted, bool gold, int tp, int fp) => (tp + (predicted && gold ? 1 : 0), fp + (predicted && !gold ? 1 : 0));
        static (int, int) WhenCount(string? predicted, string? gold, int tp, int fp)
        {
            if (predicted is null)
            {
                return (tp, fp);
            }

            var shares = gold is not null && Words(predicted).Overlaps(Words(gold));
            return shares ? (tp + 1, fp) : (tp, fp + 1);
        }

        static double F1(int tp, int fp, int gold) => tp == 0 ? 0 : 2.0 * tp / (tp + fp + gold);
        return string.Create(CultureInfo.InvariantCulture,
            $"quality on the same messages: price exact (sell/seek lines) ours {(double)oursPrice / priceLines:F3} naive {(double)naivePrice / priceLines:F3}; " +
            $"contact recall ours {(double)oursCTp / contactTrue:F3} naive {(double)naiveCTp / contactTrue:F3}, precision ours {(double)oursCTp / Math.Max(1, oursCTp + oursCFp):F3} naive {(double)naiveCTp / Math.Max(1, naiveCTp + naiveCFp):F3}; " +
            $"date span F1 ours {F1(oursWTp, oursWFp, whenGold):F3} naive {F1(naiveWTp, naiveWFp, whenGold):F3}");
    }

    private static HashSet<string> Words(string span) =>
        NeighbourBot.Language.Text.TextNormalizer.Normalize(span).Split([' ', '\'', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("de" or "du" or "des" or "d" or "a" or "au" or "le" or "la" or "les" or "l" or "en" or "pour" or "et"))
            .ToHashSet(System.StringComparer.Ordinal);

    private static List<double> ColdStarts(string which)
    {
        var dll = typeof(Benchmarks).Assembly.Location;
        var times = new List<double>(5);
        for (var i = 0; i < 5; i++)
        {
            var psi = new ProcessStartInfo("dotnet", [dll, "parser-cold", which])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the benchmark process");
            var line = process.StandardOutput.ReadLine();
            var elapsed = Stopwatch.GetElapsedTime(started);
            process.WaitForExit();
            if (line is null || !line.StartsWith(which, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"unexpected first line from the {which} cold run: {line}");
            }

            times.Add(elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static bool IsRelease()
    {
#if DEBUG
        return false;
#else
        return true;
#endif
    }

    private static List<CorpusRow> LoadCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "tests", "NeighbourBot.Language.Tests", "Corpus", "dev.jsonl")))
        {
            dir = dir.Parent;
        }

        var path = dir is null ? throw new FileNotFoundException("tests/NeighbourBot.Language.Tests/Corpus/dev.jsonl not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "tests", "NeighbourBot.Language.Tests", "Corpus", "dev.jsonl");
        var rows = new List<CorpusRow>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            rows.Add(new CorpusRow(
                r.GetProperty("text").GetString()!,
                r.GetProperty("kind").GetString()!,
                r.GetProperty("price_eur").ValueKind == JsonValueKind.Null ? null : r.GetProperty("price_eur").GetDecimal(),
                r.GetProperty("when").ValueKind == JsonValueKind.Null ? null : r.GetProperty("when").GetString(),
                r.GetProperty("has_contact").GetBoolean()));
        }

        return rows;
    }

    private sealed record CorpusRow(string Text, string Kind, decimal? Price, string? When, bool HasContact);

    /// <summary>All five French models, built once, run on every message: what one would write first.</summary>
    private sealed class NaivePipeline
    {
        private readonly NumberModel number = (NumberModel)new NumberRecognizer(Culture.French).GetNumberModel();
        private readonly CurrencyModel currency = (CurrencyModel)new NumberWithUnitRecognizer(Culture.French).GetCurrencyModel();
        private readonly DateTimeModel dateTime = (DateTimeModel)new DateTimeRecognizer(Culture.French).GetDateTimeModel();
        private readonly PhoneNumberModel phone = (PhoneNumberModel)new SequenceRecognizer(Culture.French).GetPhoneNumberModel();
        private readonly EmailModel email = (EmailModel)new SequenceRecognizer(Culture.French).GetEmailModel();

        public void Warm() => Run("samedi 30 € 06 39 98 12 40 a@example.org trente");

        public NaiveResult Run(string text)
        {
            _ = number.Parse(text);
            decimal? price = null;
            foreach (var r in currency.Parse(text))
            {
                if (r.Resolution.TryGetValue("unit", out var unit) && unit is "Euro" && r.Resolution.TryGetValue("value", out var v) && v is string s &&
                    decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    price = value;
                    break;
                }
            }

            var dates = dateTime.Parse(text, new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Unspecified));
            var when = dates.Count > 0 ? dates[0].Text : null;
            var contact = phone.Parse(text).Count > 0 || email.Parse(text).Count > 0;
            return new NaiveResult(price, when, contact);
        }
    }

    private sealed record NaiveResult(decimal? Price, string? When, bool HasContact);

    /// <summary>A clock stopped at one instant, so both pipelines read dates against the same "now".</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using System.Globalization;
using NeighbourBot.EndToEnd.Tests.Soak;

namespace NeighbourBot.Benchmarks;

/// <summary>
/// <c>soak [--residents 500] [--seconds 60] [--seed X] [--faults 0.05] [--geocoder-faults 0.2|offline] [--crashes 0] [--crash-every S] [--concurrency 48]</c>: the end-to-end
/// soak scenario at full size (the real host process against the emulator, faults injected, optionally killed
/// <c>--crashes</c> times); prints its counts and every broken invariant, exits 1 when any broke.
/// </summary>
internal static partial class Benchmarks
{
    private static void RegisterSoak(Dictionary<string, Func<string[], Task<int>>> all) => all["soak"] = RunSoakAsync;

    private static async Task<int> RunSoakAsync(string[] args)
    {
        var options = new SoakOptions
        {
            Residents = IntArg(args, "--residents", 500),
            Duration = TimeSpan.FromSeconds(IntArg(args, "--seconds", 60)),
            Seed = IntArg(args, "--seed", 20_261_126),
            FaultRate = DoubleArg(args, "--faults", 0.05),
            GeocoderFaultRate = Arg(args, "--geocoder-faults") == "offline" ? null : DoubleArg(args, "--geocoder-faults", 0.2),
            Crashes = IntArg(args, "--crashes", 0),
            CrashEvery = args.Contains("--crash-every") ? TimeSpan.FromSeconds(IntArg(args, "--crash-every", 15)) : null,
            Concurrency = IntArg(args, "--concurrency", 48),
            Patience = TimeSpan.FromSeconds(90),
            Log = Console.WriteLine,
        };
        var report = await SoakRun.RunAsync(options);
        Console.WriteLine(report);
        return report.Violations.Count == 0 ? 0 : 1;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double DoubleArg(string[] args, string name, double fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

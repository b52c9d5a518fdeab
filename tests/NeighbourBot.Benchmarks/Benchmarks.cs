namespace NeighbourBot.Benchmarks;

/// <summary>The benchmark registry and dispatcher.</summary>
internal static partial class Benchmarks
{
    /// <summary>Name → entry point (receives the remaining arguments, returns an exit code).</summary>
    private static readonly Dictionary<string, Func<string[], Task<int>>> All = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        Register();
        if (args.Length == 0 || !All.TryGetValue(args[0], out var run))
        {
            Console.WriteLine("usage: NeighbourBot.Benchmarks <benchmark> [args]");
            Console.WriteLine("benchmarks: " + string.Join(", ", All.Keys.Order(StringComparer.Ordinal)));
            return args.Length == 0 ? 0 : 2;
        }

        return await run(args[1..]);
    }

    /// <summary>Each benchmark file adds itself in a partial <c>RegisterXxx</c> method called here.</summary>
    private static void Register()
    {
        foreach (var method in typeof(Benchmarks).GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                     .Where(m => m.Name.StartsWith("Register", StringComparison.Ordinal) && m.Name != nameof(Register)))
        {
            method.Invoke(null, [All]);
        }
    }
}

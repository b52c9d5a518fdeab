using Microsoft.Extensions.Configuration;
using NeighbourBot.Core.Stats;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Stats;

namespace NeighbourBot.Host.Cli;

/// <summary><c>stats</c>: residents, listings, verifications, reports and out-of-area demand, by quartier, read from the database.</summary>
internal static class StatsVerb
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var path = configuration["NeighbourBot:Storage:Path"] ?? new StorageOptions().Path;
        using var database = new LiteDbDatabase(path);
        var report = Build(database);
        await output.WriteAsync(report.AsMemory(), cancellationToken);
        return 0;
    }

    /// <summary>The same computation and text as /stats (<see cref="CommunityReport"/>).</summary>
    public static string Build(LiteDbDatabase database) => CommunityReport.Render(new LiteDbCommunityStats(database).Compute());
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NeighbourBot.Geo;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Host.Cli;

/// <summary><c>check-address "&lt;address&gt;"</c>: what the configured provider finds, and which quartier it falls in.</summary>
internal static class CheckAddressVerb
{
    public static async Task<int> RunAsync(IConfiguration configuration, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', arguments).Trim();
        if (text.Length == 0)
        {
            await error.WriteLineAsync("Usage: check-address \"12 rue de la Liberté, Dijon\"");
            return 2;
        }

        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error))
            .AddNeighbourBotGeo(configuration.GetSection("NeighbourBot"));
        await using var provider = services.BuildServiceProvider();
        var lines = await AddressReport.DescribeAsync(
            provider.GetRequiredService<IAddressLookup>(), provider.GetRequiredService<IQuartierMap>(), text, cancellationToken);
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }

        return 0;
    }
}

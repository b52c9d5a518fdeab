using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Host.Hosting;
using NeighbourBot.Telegram.Emulator;

namespace NeighbourBot.Host.Sandbox;

/// <summary>
/// The bot without a Telegram token: a local Bot API emulator, the bot running its production code path
/// against it (real Telegram.Bot client over HTTP, offline address provider, its own database file), and a
/// terminal chat where the operator plays neighbours and watches the quartier groups.
/// </summary>
public static class SandboxVerb
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        await using var emulator = await TelegramEmulator.StartAsync(new EmulatorOptions(), cancellationToken);
        var root = configuration.GetSection(BotServices.RootSection);
        var map = GeoJsonQuartierMap.Load(Geo.AssetPath.Resolve(root["Quartiers:Path"] ?? "assets/dijon/quartiers.geojson"));
        var world = new SandboxWorld(emulator, map);

        var storagePath = root["Storage:Path"] ?? "data/neighbourbot.db";
        var overlay = new Dictionary<string, string?>
        {
            ["NeighbourBot:Telegram:Token"] = emulator.Token,
            ["NeighbourBot:Telegram:ApiBaseUrl"] = emulator.BaseUrl,
            ["NeighbourBot:Telegram:Mode"] = "Polling",
            ["NeighbourBot:Telegram:PollingTimeoutSeconds"] = "2",
            ["NeighbourBot:Addresses:Provider"] = "Offline",
            // The terminal is the operator's chat window: only problems are logged there.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            // Never the production database: the sandbox keeps its own file beside it.
            ["NeighbourBot:Storage:Path"] = Path.ChangeExtension(storagePath, ".sandbox.db"),
            ["NeighbourBot:Operators:" + root.GetSection("Operators").GetChildren().Count().ToString(CultureInfo.InvariantCulture)] =
                SandboxWorld.OperatorId.ToString(CultureInfo.InvariantCulture),
        };
        var sandboxConfiguration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(overlay).Build();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var bot = RunVerb.RunAsync(sandboxConfiguration, error, stop.Token, LogLevel.Warning);
        try
        {
            await emulator.Control.WaitForLongPollAsync(TimeSpan.FromSeconds(60), stop.Token);
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync();
            return await bot;
        }

        await output.WriteLineAsync($"Bac à sable NeighbourBot : émulateur Telegram sur {emulator.BaseUrl}, {map.Quartiers.Count} groupes de quartier.");
        foreach (var (quartier, chatId) in world.Groups)
        {
            emulator.Control.UserSends(SandboxWorld.OperatorId, chatId, "/lier " + quartier);
        }

        var terminal = new TerminalChat(world, input, output);
        await terminal.RunAsync(stop.Token);
        await stop.CancelAsync();
        return await bot;
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Storage;

namespace NeighbourBot.Host.Cli;

/// <summary><c>digest --quartier &lt;id&gt; --dry-run</c>: prints the group digest that would be sent now, and how many private digests are due.</summary>
internal static class DigestVerb
{
    /// <summary>Stands for the bot's username in the links of a dry run when NeighbourBot:Listings:BotUsername is not set.</summary>
    public const string PlaceholderUsername = "NomDuBot";

    public const string Usage = "Usage: digest --quartier <id> --dry-run (the bot sends digests itself; this only shows what it would send now).";

    public static async Task<int> RunAsync(IConfiguration configuration, IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var quartierId = ValueOf(arguments, "--quartier");
        if (string.IsNullOrWhiteSpace(quartierId) || !arguments.Contains("--dry-run", StringComparer.Ordinal))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var root = configuration.GetSection("NeighbourBot");
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error))
            .AddNeighbourBotGeo(root)
            .AddNeighbourBotStorage();
        services.AddSingleton(TimeProvider.System);
        services.Configure<StorageOptions>(root.GetSection(StorageOptions.SectionName));
        services.Configure<DigestOptions>(root.GetSection(DigestOptions.SectionName));
        services.Configure<ListingOptions>(root.GetSection(ListingOptions.SectionName));
        // The running bot learns its username from getMe; the dry run stays offline and shows a stand-in unless it is set.
        services.PostConfigure<ListingOptions>(o => o.BotUsername = string.IsNullOrWhiteSpace(o.BotUsername) ? PlaceholderUsername : o.BotUsername);
        services.AddSingleton<QuartierNames>();
        services.AddSingleton<DigestJobs>();
        await using var provider = services.BuildServiceProvider();

        // Opening the database first: it refuses, with one line, while the bot holds it.
        provider.GetRequiredService<LiteDbDatabase>();
        var quartier = Find(provider.GetRequiredService<IQuartierStore>(), provider.GetRequiredService<IQuartierMap>(), quartierId.Trim());
        if (quartier is null)
        {
            await error.WriteLineAsync($"Quartier inconnu : « {quartierId} ». / Unknown quartier '{quartierId}'.");
            return 2;
        }

        var jobs = provider.GetRequiredService<DigestJobs>();
        var messages = jobs.PreviewGroup(quartier);
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"Résumé du quartier {quartier.Name} ({quartier.Id}), {quartier.GroupChatIds.Count} groupe(s) lié(s) :"));
        if (messages.Count == 0)
        {
            await output.WriteLineAsync("Rien de nouveau : aucun message ne serait envoyé.");
        }

        for (var i = 0; i < messages.Count; i++)
        {
            await output.WriteLineAsync(string.Create(c, $"--- message {i + 1}/{messages.Count} ({messages[i].Length} caractères) ---"));
            await output.WriteLineAsync(messages[i]);
        }

        await output.WriteLineAsync(string.Create(c, $"Résumés privés dus maintenant (tous quartiers) : {jobs.CountPrivateDue()}"));
        return 0;
    }

    private static Quartier? Find(IQuartierStore store, IQuartierMap map, string wanted)
    {
        var stored = store.All().FirstOrDefault(q => Same(q.Id, wanted) || Same(q.Name, wanted));
        if (stored is not null)
        {
            return stored;
        }

        var mapped = map.Quartiers.FirstOrDefault(q => Same(q.Id, wanted) || Same(q.Name, wanted));
        return mapped is null ? null : new Quartier { Id = mapped.Id, Name = mapped.Name };
    }

    private static bool Same(string a, string b) =>
        CultureInfo.InvariantCulture.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0;

    private static string? ValueOf(IReadOnlyList<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (string.Equals(arguments[i], name, StringComparison.Ordinal))
            {
                return i + 1 < arguments.Count ? arguments[i + 1] : null;
            }
        }

        return null;
    }
}

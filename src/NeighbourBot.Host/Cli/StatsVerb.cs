using System.Globalization;
using Microsoft.Extensions.Configuration;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Quartiers;
using NeighbourBot.Storage.Residents;
using NeighbourBot.Storage.Verification;

namespace NeighbourBot.Host.Cli;

/// <summary><c>stats</c>: residents, listings, verifications and out-of-area demand, by quartier, read from the database.</summary>
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

    public static string Build(LiteDbDatabase database)
    {
        var residents = new LiteDbResidentStore(database);
        var quartiers = new LiteDbQuartierStore(database).All();
        var listings = new LiteDbListingStore(database);
        var demand = new LiteDbOutOfAreaDemandStore(database).All();
        var text = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;

        text.AppendLine(c, $"Habitants : {residents.Count()}");
        text.AppendLine("quartier | inscrits | adresse vérifiée | vérifiés (peuvent publier) | en attente | groupes | annonces ouvertes | réservées | données");
        foreach (var quartier in quartiers)
        {
            var people = residents.InQuartier(quartier.Id);
            text.AppendLine(c, $"{quartier.Name} | {people.Count} | {people.Count(r => r.Verification == VerificationLevel.Address)} | "
                + $"{people.Count(r => r.Verification == VerificationLevel.Verified)} | {people.Count(r => r.Verification == VerificationLevel.Pending)} | "
                + $"{quartier.GroupChatIds.Count} | {listings.InQuartier(quartier.Id, ListingStatus.Open).Count} | "
                + $"{listings.InQuartier(quartier.Id, ListingStatus.Reserved).Count} | {listings.InQuartier(quartier.Id, ListingStatus.Given).Count}");
        }

        text.AppendLine();
        text.AppendLine("Annonces par type (toutes les annonces publiées, tous quartiers) :");
        var all = quartiers.SelectMany(q => Enum.GetValues<ListingStatus>().Where(s => s != ListingStatus.Draft).SelectMany(s => listings.InQuartier(q.Id, s))).ToList();
        foreach (var group in all.GroupBy(l => l.Kind).OrderByDescending(g => g.Count()))
        {
            text.AppendLine(c, $"  {ListingVocabulary.FrenchLabel(group.Key)} : {group.Count()} ({string.Join(", ", group.GroupBy(l => l.Status).Select(s => $"{s.Key} {s.Count()}"))})");
        }

        text.AppendLine();
        text.AppendLine("Demande hors zone (inscriptions refusées, par commune) :");
        if (demand.Count == 0)
        {
            text.AppendLine("  aucune");
        }

        foreach (var commune in demand)
        {
            text.AppendLine(c, $"  {commune.CityName} ({commune.CityCode}) : {commune.Count}, dernière le {commune.LastAt:yyyy-MM-dd}");
        }

        return text.ToString();
    }
}

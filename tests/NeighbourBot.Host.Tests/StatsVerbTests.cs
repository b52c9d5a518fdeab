using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Quartiers;
using NeighbourBot.Storage.Residents;
using NeighbourBot.Storage.Verification;

namespace NeighbourBot.Host.Tests;

/// <summary>The <c>stats</c> verb's output contract (DESIGN, CLI), computed by the service /stats uses too.</summary>
public sealed class StatsVerbTests : IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("nb-stats-").FullName;

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    [Fact]
    public async Task Stats_prints_residents_listings_verifications_reports_and_demand_by_quartier()
    {
        var path = Path.Combine(_workDir, "neighbourbot.db");
        var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
        using (var database = new LiteDbDatabase(path))
        {
            new LiteDbQuartierStore(database).Upsert(new Quartier { Id = "centre-ville", Name = "Centre-ville", GroupChatIds = [-1001] });
            var residents = new LiteDbResidentStore(database);
            residents.Upsert(new Resident { Id = 1, FirstName = "Aline", QuartierId = "centre-ville", Verification = VerificationLevel.Verified, CreatedAt = now });
            residents.Upsert(new Resident { Id = 2, FirstName = "Bruno", QuartierId = "centre-ville", Verification = VerificationLevel.Address, CreatedAt = now });
            var listings = new LiteDbListingStore(database);
            listings.Save(new Listing { AuthorId = 1, QuartierId = "centre-ville", Kind = ListingKind.Give, Status = ListingStatus.Given, Title = "Lampe", CreatedAt = now });
            listings.Save(new Listing { AuthorId = 1, QuartierId = "centre-ville", Kind = ListingKind.Lend, Status = ListingStatus.Open, Title = "Perceuse", CreatedAt = now });
            new LiteDbOutOfAreaDemandStore(database).Record("21054", "Beaune", now);
        }

        var (exit, output, _) = await HostProcess.RunAsync(_workDir, null, "stats", "--NeighbourBot:Storage:Path=" + path);

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Habitants : 2", lines[0]);
        Assert.Equal("quartier | inscrits | adresse vérifiée | vérifiés (peuvent publier) | en attente | groupes | annonces ouvertes | réservées | données", lines[1]);
        Assert.Equal("Centre-ville | 2 | 1 | 1 | 0 | 1 | 1 | 0 | 1", lines[2]);
        Assert.Contains("Objets donnés (annonces marquées données) : 1", lines);
        Assert.Contains("Vérifications en attente : 0 chez un modérateur, 0 auprès du service d'adresses", lines);
        Assert.Contains("Annonces en attente d'un modérateur (signalées ou retenues) : 0", lines);
        Assert.Contains("Signalements d'habitants (dans les conversations) : 0", lines);
        Assert.Contains("  Beaune (21054) : 1, dernière le 2026-11-26", lines);
        Assert.DoesNotContain("Aline", output, StringComparison.Ordinal);
    }
}

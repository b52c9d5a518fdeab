using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Offline;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Geo.Tests.Support;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class AddressReportTests
{
    private static readonly GeoJsonQuartierMap Map = GeoJsonQuartierMap.Load(Fixtures.Quartiers);

    [Fact]
    public async Task Check_address_shows_what_the_geocoder_found_and_the_quartier()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, new FakeTimeProvider());

        var lines = await AddressReport.DescribeAsync(lookup, Map, "12 rue de la liberté", CancellationToken.None);

        Assert.Equal(
            [
                "Fournisseur : ban",
                "Résultat : adresse trouvée, à faire confirmer (Confirm)",
                "- 12 Rue de la Liberté 21000 Dijon — numéro, score 0.97, point 5.036012 47.322687 (± 15 m) — quartier : Centre-ville",
            ],
            lines);
    }

    [Fact]
    public async Task Check_address_names_the_commune_of_an_out_of_area_address()
    {
        var lookup = new OfflineAddressLookup(Gazetteer.Load(Fixtures.Voies), NullLogger<OfflineAddressLookup>.Instance);

        var lines = await AddressReport.DescribeAsync(lookup, Map, "3 rue du Lac, Quetigny", CancellationToken.None);

        Assert.Contains("(OutOfArea)", lines[1], StringComparison.Ordinal);
        Assert.Equal("Commune : Quetigny (21515), non desservie.", lines[^1]);
    }

    [Fact]
    public async Task Check_address_says_when_the_geocoder_is_down()
    {
        await using var server = new LocalBanServer(_ => Reply.Status(System.Net.HttpStatusCode.ServiceUnavailable));
        var lookup = BanClients.Create(server, TimeProvider.System, BanClients.Quick with { MaxRetryAttempts = 1 });

        var lines = await AddressReport.DescribeAsync(lookup, Map, "12 rue de la liberté", CancellationToken.None);

        Assert.Equal("Résultat : le service d'adresses ne répond pas, réessayez plus tard (Unavailable)", lines[1]);
        Assert.Equal(2, lines.Count);
    }
}

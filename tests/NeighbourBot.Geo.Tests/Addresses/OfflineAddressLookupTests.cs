using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Offline;
using NeighbourBot.Geo.Tests.Support;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class OfflineAddressLookupTests
{
    private static readonly Gazetteer Voies = Gazetteer.Load(Fixtures.Voies);

    private readonly OfflineAddressLookup _lookup = new(Voies, NullLogger<OfflineAddressLookup>.Instance);

    [Theory]
    [InlineData("12 rue de la liberte", "Rue de la Liberté", "12")]
    [InlineData("12 r. liberté", "Rue de la Liberté", "12")]
    [InlineData("12 Liberté", "Rue de la Liberté", "12")]
    [InlineData("12 rue de la libreté", "Rue de la Liberté", "12")]
    [InlineData("12 RUE DE LA LIBERTE, 21000 DIJON", "Rue de la Liberté", "12")]
    [InlineData("3 bd de la trémouille", "Boulevard de la Trémouille", "3")]
    [InlineData("3 bd tremouile", "Boulevard de la Trémouille", "3")]
    [InlineData("8 av foch", "Avenue Maréchal Foch", "8")]
    [InlineData("8 avenue du marechal foch dijon", "Avenue Maréchal Foch", "8")]
    [InlineData("5 bis rue chabot charny", "Rue Chabot-Charny", "5 bis")]
    [InlineData("5ter rue Chabot-Charny", "Rue Chabot-Charny", "5 ter")]
    [InlineData("14 pl st michel", "Place Saint-Michel", "14")]
    [InlineData("2 fbg raines", "Rue du Faubourg Raines", "2")]
    [InlineData("10 crs du gal de gaulle", "Cours du Général de Gaulle", "10")]
    [InlineData("4 rue d'Ahuy", "Rue d'Ahuy", "4")]
    [InlineData("1 rue de Talant", "Rue de Talant", "1")]
    [InlineData("7 rue Verrerie", "Rue Verrerie", "7")]
    [InlineData("7 rue Vannerie", "Rue Vannerie", "7")]
    [InlineData("30 av de langres", "Avenue de Langres", "30")]
    [InlineData("6 rue rousseau", "Rue Jean-Jacques Rousseau", "6")]
    [InlineData("1 esplanade erasme", "Esplanade Érasme", "1")]
    [InlineData("rue Monge 12", "Rue Monge", "12")]
    [InlineData("rue Monge 12, 21000 Dijon", "Rue Monge", "12")]
    [InlineData("012 rue Monge", "Rue Monge", "12")]
    public async Task I_can_type_a_Dijon_address_my_own_way(string typed, string street, string number)
    {
        var result = await _lookup.LookupAsync(typed, CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        var found = Assert.Single(result.Candidates).Address;
        Assert.Equal(street, found.Street);
        Assert.Equal(number, found.HouseNumber);
        Assert.Equal($"{number} {street} 21000 Dijon", found.Label);
        Assert.Equal("21231", found.CityCode);
        Assert.Equal("Dijon", found.City);
        Assert.Equal("offline", found.Provider);
        Assert.Equal(OfflineAddressLookup.StreetPrecisionMeters, found.PrecisionMeters);
        Assert.Equal(typed, found.TypedText);
        var entry = Voies.Streets.Single(s => s.Name == street);
        Assert.Equal((entry.Longitude, entry.Latitude), (found.Longitude, found.Latitude));
    }

    [Fact]
    public async Task A_street_without_a_number_asks_for_the_number()
    {
        var result = await _lookup.LookupAsync("rue monge", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.NeedHouseNumber, result.Outcome);
        var street = Assert.Single(result.Candidates);
        Assert.Equal("Rue Monge", street.Address.Street);
        Assert.Null(street.Address.HouseNumber);
        Assert.Equal(AddressMatchType.Street, street.Type);
    }

    [Fact]
    public async Task Two_equally_good_streets_are_offered_to_choose()
    {
        var result = await _lookup.LookupAsync("30 langres", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Choose, result.Outcome);
        Assert.Equal(
            new[] { "Avenue de Langres", "Route de Langres" },
            result.Candidates.Select(c => c.Address.Street).Order());
        Assert.All(result.Candidates, c => Assert.Equal("30", c.Address.HouseNumber));
    }

    [Theory]
    [InlineData("5 rue des Écoles, Talant", "21617", "Talant")]
    [InlineData("5 rue Monge Talant", "21617", "Talant")]
    [InlineData("12 avenue Roland Carraz, 21300 Chenôve", "21166", "Chenôve")]
    [InlineData("3 rue du Lac 21800 Quetigny", "21515", "Quetigny")]
    [InlineData("8 rue des Vignes, Fontaine-lès-Dijon", "21278", "Fontaine-lès-Dijon")]
    [InlineData("8 rue des Vignes fontaine les dijon", "21278", "Fontaine-lès-Dijon")]
    [InlineData("2 rue de la Paix, St Apollinaire", "21540", "Saint-Apollinaire")]
    public async Task An_address_in_a_neighbouring_commune_is_out_of_area(string typed, string code, string name)
    {
        var result = await _lookup.LookupAsync(typed, CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.OutOfArea, result.Outcome);
        Assert.Equal(code, result.OutOfAreaCityCode);
        Assert.Equal(name, result.OutOfAreaCityName);
    }

    [Theory]
    [InlineData("xzqw plorb")]
    [InlineData("12 rue des Licornes Bleues")]
    [InlineData("Dijon")]
    [InlineData("21000 Dijon")]
    [InlineData("rue de la")]
    public async Task Something_that_is_no_Dijon_street_is_not_found(string typed)
    {
        var result = await _lookup.LookupAsync(typed, CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.NotFound, result.Outcome);
        Assert.Empty(result.Candidates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🏠🏡🏘️")]
    [InlineData("12")]
    [InlineData("ab")]
    public async Task Text_that_cannot_be_an_address_is_invalid(string typed)
    {
        var result = await _lookup.LookupAsync(typed, CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public void The_neighbouring_communes_are_those_of_the_shipped_commune_outlines()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Fixtures.Communes));
        var shipped = document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("code").GetString() != "21231")
            .Select(p => (p.GetProperty("code").GetString(), p.GetProperty("nom").GetString()))
            .Order()
            .ToList();

        Assert.Equal(15, shipped.Count);
        Assert.Equal(shipped, NeighbouringCommune.AroundDijon.Select(c => ((string?)c.Code, (string?)c.Name)).Order());
    }

    [Fact]
    public void A_broken_gazetteer_is_reported_with_its_file_and_line()
    {
        var missing = Assert.Throws<GeoDataException>(() => Gazetteer.Load("/nowhere/voies.csv"));
        Assert.Contains("/nowhere/voies.csv", missing.Message, StringComparison.Ordinal);

        var badLine = Assert.Throws<GeoDataException>(() => Gazetteer.Parse(
            ["nom_voie,code_postal,lon,lat", "Rue Monge,21000,5.03,47.31", "Rue Vauban,21000,cinq,47.3"], "voies.csv"));
        Assert.Contains("voies.csv", badLine.Message, StringComparison.Ordinal);
        Assert.Contains("ligne 3", badLine.Message, StringComparison.Ordinal);

        var badHeader = Assert.Throws<GeoDataException>(() => Gazetteer.Parse(["name,lon,lat"], "voies.csv"));
        Assert.Contains("code_postal", badHeader.Message, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using NeighbourBot.Geo.Addresses.Offline;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Geo.Tests.Support;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Xunit.Abstractions;

namespace NeighbourBot.Geo.Tests.Quartiers;

public sealed class GeoJsonQuartierMapTests(ITestOutputHelper output)
{
    private static readonly GeoJsonQuartierMap Map = GeoJsonQuartierMap.Load(Fixtures.Quartiers);

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    [Theory]
    [InlineData(Fixtures.Exact, 0, "centre-ville")] // 12 rue de la Liberté
    [InlineData(Fixtures.StreetOnly, 0, "centre-ville")] // rue Monge
    [InlineData(Fixtures.Ambiguous, 4, "maladiere-drapeau-clemenceau")] // boulevard de Strasbourg, Dijon
    [InlineData(Fixtures.Reverse, 0, "centre-ville")]
    public void A_geocoded_Dijon_address_falls_in_its_quartier(string fixture, int feature, string quartier)
    {
        using var answer = JsonDocument.Parse(File.ReadAllText(Fixtures.Ban(fixture)));
        var point = answer.RootElement.GetProperty("features")[feature].GetProperty("geometry").GetProperty("coordinates");

        var match = Map.Locate(point[0].GetDouble(), point[1].GetDouble());

        Assert.NotNull(match);
        Assert.Equal(quartier, match.Quartier.Id);
        Assert.Equal(0, match.DistanceMeters);
    }

    [Fact]
    public void A_point_in_a_neighbouring_commune_is_in_no_quartier()
    {
        var communes = ReadFeatures(Fixtures.Communes);
        var dijon = communes.Single(c => (string)c.Attributes["code"] == "21231").Geometry;
        var neighbours = communes.Where(c => (string)c.Attributes["code"] != "21231").ToList();
        Assert.Equal(15, neighbours.Count);

        foreach (var commune in neighbours)
        {
            var inside = commune.Geometry.InteriorPoint;
            Assert.True(commune.Geometry.Contains(inside));
            Assert.False(dijon.Contains(inside));
            Assert.True(Map.Locate(inside.X, inside.Y) is null, $"{commune.Attributes["nom"]} ({inside.X}, {inside.Y})");
        }
    }

    [Fact]
    public void The_out_of_area_fixture_point_is_in_Talant_and_in_no_quartier()
    {
        var talant = ReadFeatures(Fixtures.Communes).Single(c => (string)c.Attributes["code"] == "21617").Geometry;
        var point = new Point(4.999312, 47.337120);

        Assert.True(talant.Contains(point));
        Assert.Null(Map.Locate(point.X, point.Y));
    }

    [Fact]
    public void A_point_just_outside_the_city_edge_gets_the_nearest_quartier_and_one_farther_gets_none()
    {
        var quartiers = ReadFeatures(Fixtures.Quartiers);
        var union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(quartiers.Select(q => q.Geometry).ToList());
        var east = union.Coordinates.MaxBy(c => c.X)!;
        var expected = quartiers.MinBy(q => q.Geometry.Distance(new Point(east)))!;
        var metresPerDegreeOfLongitude = 111_195 * Math.Cos(east.Y * Math.PI / 180);

        var near = Map.Locate(east.X + (100 / metresPerDegreeOfLongitude), east.Y);
        var far = Map.Locate(east.X + (300 / metresPerDegreeOfLongitude), east.Y);

        Assert.NotNull(near);
        Assert.Equal((string)expected.Attributes["id"], near.Quartier.Id);
        Assert.InRange(near.DistanceMeters, 99, 101);
        Assert.Null(far);
    }

    [Theory]
    [InlineData(2.3522, 48.8566)] // Paris
    [InlineData(0, 0)]
    [InlineData(double.NaN, 47.3)]
    [InlineData(5.04, 95)]
    public void A_point_far_away_or_meaningless_is_in_no_quartier(double lon, double lat)
    {
        Assert.Null(Map.Locate(lon, lat));
    }

    [Fact]
    public void Every_gazetteer_street_is_in_a_quartier()
    {
        var streets = Gazetteer.Load(Fixtures.Voies).Streets;
        var located = streets.Select(s => (Street: s, Match: Map.Locate(s.Longitude, s.Latitude))).ToList();

        Assert.All(located, l => Assert.True(l.Match is not null, l.Street.Name));
        var withColumn = located.Where(l => l.Street.Quartier is not null).ToList();
        var agreeing = withColumn.Count(l => l.Match!.Quartier.Name == l.Street.Quartier);
        output.WriteLine($"{streets.Count} streets located; {agreeing}/{withColumn.Count} agree with the csv's quartier column");
        foreach (var (street, match) in withColumn.Where(l => l.Match!.Quartier.Name != l.Street.Quartier))
        {
            output.WriteLine($"  {street.Name}: csv {street.Quartier}, map {match!.Quartier.Name} ({match.DistanceMeters:0} m)");
        }

        Assert.Equal(129, streets.Count);
        Assert.True(agreeing >= withColumn.Count * 0.95, $"{agreeing}/{withColumn.Count}");
    }

    [Theory]
    [InlineData("gresilles", "gresilles")]
    [InlineData("Grésilles", "gresilles")]
    [InlineData("toison d'or", "toison-d-or")]
    [InlineData("TOISON-D-OR", "toison-d-or")]
    [InlineData("Maladière – Drapeau – Clemenceau", "maladiere-drapeau-clemenceau")]
    [InlineData("maladiere drapeau clemenceau", "maladiere-drapeau-clemenceau")]
    [InlineData("maladière", "maladiere-drapeau-clemenceau")]
    [InlineData("centre ville", "centre-ville")]
    [InlineData("  Fontaine d’Ouche ", "fontaine-d-ouche")]
    public void I_can_name_a_quartier_my_own_way(string typed, string id)
    {
        Assert.Equal(id, Map.Find(typed)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("Talant")]
    [InlineData("c")]
    public void An_unknown_quartier_is_not_found(string typed)
    {
        Assert.Null(Map.Find(typed));
    }

    [Fact]
    public void The_map_lists_the_nine_quartiers()
    {
        Assert.Equal(9, Map.Quartiers.Count);
        Assert.Contains(Map.Quartiers, q => q is { Id: "centre-ville", Name: "Centre-ville" });
    }

    [Theory]
    [InlineData("not json at all", "FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "vide")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Point","coordinates":[5.0,47.3]}}]}""", "Polygon")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"X"},"geometry":{"type":"Polygon","coordinates":[[[5,47],[5.1,47],[5.1,47.1],[5,47]]]}}]}""", "properties.id")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","name":"X"},"geometry":{"type":"Polygon","coordinates":[[[850000,6690000],[851000,6690000],[851000,6691000],[850000,6690000]]]}}]}""", "EPSG:4326")]
    public void A_malformed_map_is_reported_with_its_path_and_fault(string content, string fault)
    {
        var path = Path.Combine(Path.GetTempPath(), $"quartiers-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(path, content);
        try
        {
            var error = Assert.Throws<GeoDataException>(() => GeoJsonQuartierMap.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains(fault, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_map_is_reported_with_its_path()
    {
        var error = Assert.Throws<GeoDataException>(() => GeoJsonQuartierMap.Load("/nowhere/quartiers.geojson"));

        Assert.Equal("/nowhere/quartiers.geojson", error.Path);
        Assert.Contains("introuvable", error.Message, StringComparison.Ordinal);
    }

    private static List<IFeature> ReadFeatures(string path) =>
        JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), GeoJson)!.ToList();
}

namespace NeighbourBot.Geo.Quartiers;

/// <summary>Quartier map settings (<c>NeighbourBot:Quartiers</c>).</summary>
public sealed record QuartierOptions
{
    public const string SectionName = "Quartiers";

    /// <summary>GeoJSON FeatureCollection of Polygons/MultiPolygons with <c>properties.id</c> and <c>properties.name</c>.</summary>
    public string Path { get; init; } = "assets/dijon/quartiers.geojson";
}

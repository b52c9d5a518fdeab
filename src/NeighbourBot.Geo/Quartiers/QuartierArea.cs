namespace NeighbourBot.Geo.Quartiers;

/// <summary>A quartier as the map names it (<c>properties.id</c>, <c>properties.name</c>).</summary>
public sealed record QuartierArea(string Id, string Name);

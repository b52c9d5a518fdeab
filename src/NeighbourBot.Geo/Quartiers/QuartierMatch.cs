namespace NeighbourBot.Geo.Quartiers;

/// <summary>A located point: its quartier and how far outside the polygon it was (0 when inside).</summary>
public sealed record QuartierMatch(QuartierArea Quartier, double DistanceMeters);

namespace NeighbourBot.Geo.Addresses.Offline;

/// <summary>A street name reduced for matching: its type ("rue", "boulevard"…) if any, and its significant words.</summary>
public sealed record StreetName(string? Type, IReadOnlyList<string> Words);

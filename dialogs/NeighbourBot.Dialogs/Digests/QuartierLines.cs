namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// A quartier's name and open listings published since <see cref="Since"/> (in display order, already rendered), shared by
/// its residents' digests within one run (read and rendered once, not once per resident).
/// </summary>
public sealed record QuartierLines(string Name, DateTimeOffset Since, IReadOnlyList<DigestEntry> Entries);

using NeighbourBot.Core.Digests;
namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// A quartier's name and open listings published since <see cref="Since"/>, shared by its residents' digests within one
/// run (read once, not once per resident).
/// </summary>
public sealed record QuartierLines(string Name, DateTimeOffset Since, IReadOnlyList<DigestLine> Lines);

namespace NeighbourBot.Dialogs.Digests;

/// <summary>A quartier's open listings published since <see cref="Since"/>, shared by its residents' digests within one run.</summary>
public sealed record QuartierLines(DateTimeOffset Since, IReadOnlyList<DigestLine> Lines);

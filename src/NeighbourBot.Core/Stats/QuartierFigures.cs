namespace NeighbourBot.Core.Stats;

/// <summary>One quartier's figures: residents by verification level, linked groups, listings by status.</summary>
public sealed record QuartierFigures
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public int Residents { get; init; }

    public int Pending { get; init; }

    public int AddressVerified { get; init; }

    public int Verified { get; init; }

    public int Groups { get; init; }

    public int Open { get; init; }

    public int Reserved { get; init; }

    public int Given { get; init; }
}

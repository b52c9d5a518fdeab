namespace NeighbourBot.Core.Alerts;

/// <summary>A resident's standing search: they hear of every new listing of their quartier matching all its words.</summary>
public sealed record Alert
{
    /// <summary>Store-assigned id (0 until first saved).</summary>
    public long Id { get; init; }

    public long ResidentId { get; init; }

    /// <summary>The resident's quartier when the alert was made: only listings published there match.</summary>
    public string QuartierId { get; init; } = "";

    /// <summary>The words as the resident typed them (shown back to them only).</summary>
    public string Query { get; init; } = "";

    /// <summary>The folded words a listing must all contain (no accents, lower case, no plural s).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}

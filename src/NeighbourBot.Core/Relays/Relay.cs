namespace NeighbourBot.Core.Relays;

/// <summary>A conversation the bot carries between a listing's author and one interested neighbour.</summary>
public sealed record Relay
{
    /// <summary>Store-assigned id (0 until first saved).</summary>
    public long Id { get; init; }

    public long ListingId { get; init; }

    /// <summary>The listing's author.</summary>
    public long PosterId { get; init; }

    /// <summary>The neighbour who pressed "Ça m'intéresse".</summary>
    public long NeighbourId { get; init; }

    public RelayStatus Status { get; init; } = RelayStatus.Open;

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>Last message or button in this relay: free text goes to a resident's most recent relay.</summary>
    public DateTimeOffset LastActivityAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public bool Involves(long residentId) => PosterId == residentId || NeighbourId == residentId;

    /// <summary>The other side, for one of the two; throws for anyone else.</summary>
    public long PartnerOf(long residentId) =>
        residentId == PosterId ? NeighbourId
        : residentId == NeighbourId ? PosterId
        : throw new ArgumentOutOfRangeException(nameof(residentId), "Not part of this relay.");
}

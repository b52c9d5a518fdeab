namespace NeighbourBot.Core.Relays;

/// <summary>A resident reported a listing (from the group) or a relay partner, for the moderators.</summary>
public sealed record RelayReport
{
    public long Id { get; init; }

    public long ReporterId { get; init; }

    /// <summary>The reported listing, when the report is about one.</summary>
    public long? ListingId { get; init; }

    /// <summary>The reported resident, when the report is about a relay partner.</summary>
    public long? ReportedId { get; init; }

    public long? RelayId { get; init; }

    public DateTimeOffset At { get; init; }
}

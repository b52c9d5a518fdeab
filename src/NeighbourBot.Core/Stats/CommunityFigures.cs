using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Core.Stats;

/// <summary>What the operators count (the <c>stats</c> verb and /stats): nothing in it names a resident.</summary>
public sealed record CommunityFigures
{
    public int Residents { get; init; }

    public IReadOnlyList<QuartierFigures> Quartiers { get; init; } = [];

    /// <summary>Residents with no quartier yet (an address still unchecked).</summary>
    public int WithoutQuartier { get; init; }

    /// <summary>Published listings (every status but draft), by kind then status.</summary>
    public IReadOnlyDictionary<ListingKind, IReadOnlyDictionary<ListingStatus, int>> ListingsByKind { get; init; } =
        new Dictionary<ListingKind, IReadOnlyDictionary<ListingStatus, int>>();

    /// <summary>Requests waiting for a moderator's decision.</summary>
    public int PendingModeratorVerifications { get; init; }

    /// <summary>Addresses waiting for the geocoder or for the resident's answer.</summary>
    public int PendingAddresses { get; init; }

    /// <summary>Listings waiting for a moderator's decision (reported, or held before broadcast as a possible scam).</summary>
    public int PendingListingReports { get; init; }

    /// <summary>Reports about a relay partner.</summary>
    public int ResidentReports { get; init; }

    /// <summary>Signup attempts from communes not served: counts only.</summary>
    public IReadOnlyList<OutOfAreaDemand> OutOfAreaDemand { get; init; } = [];

    public int Given => ListingsByKind.Values.Sum(s => s.GetValueOrDefault(ListingStatus.Given));
}

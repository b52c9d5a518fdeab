namespace NeighbourBot.Core.Listings;

/// <summary>Where a listing is in its life.</summary>
public enum ListingStatus
{
    /// <summary>Parsed and previewed, not yet published.</summary>
    Draft = 0,
    Open,
    Reserved,
    Given,
    Withdrawn,
    Expired,
    Hidden,
}

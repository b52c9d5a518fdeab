namespace NeighbourBot.Geo.Addresses;

/// <summary>What the signup flow does next with a typed address.</summary>
public enum AddressLookupOutcome
{
    /// <summary>One confident house-number match in a served commune: ask the resident to confirm it.</summary>
    Confirm = 0,

    /// <summary>Several close candidates in served communes: offer them as buttons (at most 5).</summary>
    Choose,

    /// <summary>A street in a served commune was found but no house number was given.</summary>
    NeedHouseNumber,

    /// <summary>The address exists but outside the served communes.</summary>
    OutOfArea,

    /// <summary>Nothing usable was found (garbage, low score, only a town centroid).</summary>
    NotFound,

    /// <summary>The text cannot be an address (too short, no letters).</summary>
    Invalid,

    /// <summary>The provider is down (timeouts, 5xx, breaker open): keep the text and retry later.</summary>
    Unavailable,
}

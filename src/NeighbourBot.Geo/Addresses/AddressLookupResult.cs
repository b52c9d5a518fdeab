namespace NeighbourBot.Geo.Addresses;

/// <summary>The decision for a typed address, with the candidates that support it.</summary>
public sealed record AddressLookupResult
{
    public AddressLookupOutcome Outcome { get; init; }

    /// <summary>Confirm: one; Choose: 1–5 (one when the only match is uncertain); NeedHouseNumber: the street; OutOfArea: what was found there (BAN only).</summary>
    public IReadOnlyList<AddressCandidate> Candidates { get; init; } = [];

    /// <summary>For OutOfArea: the commune's INSEE code and name, recorded for the operator's demand stats.</summary>
    public string? OutOfAreaCityCode { get; init; }

    public string? OutOfAreaCityName { get; init; }
}

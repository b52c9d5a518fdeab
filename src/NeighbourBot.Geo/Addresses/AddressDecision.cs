namespace NeighbourBot.Geo.Addresses;

/// <summary>
/// The decision rule shared by every provider (see the data README): a house number in a served commune with
/// score ≥ 0.75 and a clear lead is confirmed; a street alone asks for the number; uncertain or close candidates
/// are offered; town or locality centroids and scores below 0.5 are not addresses.
/// </summary>
public static class AddressDecision
{
    public const double AcceptScore = 0.75;

    public const double OfferScore = 0.5;

    /// <summary>How far ahead of the runner-up the best candidate must be to be taken without asking.</summary>
    public const double ClearLead = 0.1;

    public const int MaxChoices = 5;

    /// <summary>Applies the rule to candidates that are already restricted to the served communes.</summary>
    public static AddressLookupResult Decide(IEnumerable<AddressCandidate> servedCandidates)
    {
        ArgumentNullException.ThrowIfNull(servedCandidates);
        var usable = servedCandidates
            .Where(c => c.Type is AddressMatchType.HouseNumber or AddressMatchType.Street && c.Score >= OfferScore)
            .GroupBy(c => GeoText.Fold(c.Address.Label), StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Score)!)
            .OrderByDescending(c => c.Score)
            .ToList();
        if (usable.Count == 0)
        {
            return new AddressLookupResult { Outcome = AddressLookupOutcome.NotFound };
        }

        var best = usable[0];
        var rival = usable.Skip(1).FirstOrDefault(c => !IsSameAddressOrItsStreet(best, c));
        // A float difference like 0.85 - 0.75 is 0.0999…; the epsilon keeps "exactly 0.1 ahead" a clear lead.
        var clearLead = rival is null || best.Score - rival.Score >= ClearLead - 1e-9;
        if (best.Score >= AcceptScore && clearLead)
        {
            return new AddressLookupResult
            {
                Outcome = best.Type == AddressMatchType.HouseNumber
                    ? AddressLookupOutcome.Confirm
                    : AddressLookupOutcome.NeedHouseNumber,
                Candidates = [best],
            };
        }

        return new AddressLookupResult
        {
            Outcome = AddressLookupOutcome.Choose,
            Candidates = usable.Take(MaxChoices).ToList(),
        };
    }

    // The geocoder often lists the street itself right after the numbered address on it: not a rival.
    private static bool IsSameAddressOrItsStreet(AddressCandidate best, AddressCandidate other) =>
        string.Equals(GeoText.Fold(best.Address.Street), GeoText.Fold(other.Address.Street), StringComparison.Ordinal)
        && string.Equals(best.Address.CityCode, other.Address.CityCode, StringComparison.Ordinal)
        && (other.Address.HouseNumber is null
            || string.Equals(GeoText.Fold(other.Address.HouseNumber), GeoText.Fold(best.Address.HouseNumber ?? ""), StringComparison.Ordinal));
}

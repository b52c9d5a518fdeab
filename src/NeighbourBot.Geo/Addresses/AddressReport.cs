using System.Globalization;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Geo.Addresses;

/// <summary>The <c>check-address</c> verb: what the configured provider finds for a text, and in which quartier.</summary>
public static class AddressReport
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(
        IAddressLookup lookup, IQuartierMap map, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(map);
        var result = await lookup.LookupAsync(text ?? "", cancellationToken);
        var lines = new List<string>
        {
            $"Fournisseur : {lookup.Name}",
            $"Résultat : {Describe(result)} ({result.Outcome})",
        };
        foreach (var candidate in result.Candidates)
        {
            var address = candidate.Address;
            var quartier = map.Locate(address.Longitude, address.Latitude) switch
            {
                null => "hors des quartiers",
                { DistanceMeters: 0 } match => match.Quartier.Name,
                var match => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{match.Quartier.Name} (à {match.DistanceMeters:0} m du bord)"),
            };
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"- {address.Label} — {TypeName(candidate.Type)}, score {candidate.Score:0.00}, point {address.Longitude:0.######} {address.Latitude:0.######} (± {address.PrecisionMeters:0} m) — quartier : {quartier}"));
        }

        if (result.Outcome == AddressLookupOutcome.OutOfArea)
        {
            lines.Add($"Commune : {result.OutOfAreaCityName} ({result.OutOfAreaCityCode}), non desservie.");
        }

        return lines;
    }

    private static string Describe(AddressLookupResult result) => result.Outcome switch
    {
        AddressLookupOutcome.Confirm => "adresse trouvée, à faire confirmer",
        AddressLookupOutcome.Choose => "plusieurs adresses possibles, à proposer",
        AddressLookupOutcome.NeedHouseNumber => "rue trouvée, il manque le numéro",
        AddressLookupOutcome.OutOfArea => "adresse hors des communes desservies",
        AddressLookupOutcome.NotFound => "aucune adresse trouvée",
        AddressLookupOutcome.Invalid => "ce texte ne peut pas être une adresse",
        AddressLookupOutcome.Unavailable => "le service d'adresses ne répond pas, réessayez plus tard",
        _ => result.Outcome.ToString(),
    };

    private static string TypeName(AddressMatchType type) => type switch
    {
        AddressMatchType.HouseNumber => "numéro",
        AddressMatchType.Street => "rue",
        AddressMatchType.Locality => "lieu-dit",
        _ => "commune",
    };
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Geo.Addresses.Offline;

/// <summary>
/// Address lookup against the shipped street list, without network (the sandbox, or when the geocoder is out of
/// reach). Coarse by nature: the point is the street's estimated centre, not the door, so every result carries
/// <see cref="StreetPrecisionMeters"/>; the house number is kept as typed but not checked to exist.
/// </summary>
public sealed partial class OfflineAddressLookup : IAddressLookup
{
    /// <summary>The gazetteer's centre points are hand-estimated (100–400 m off) and a street can be a kilometre long.</summary>
    public const double StreetPrecisionMeters = 400;

    public const string CityCode = "21231";

    public const string CityName = "Dijon";

    private static readonly string[] Filler = ["dijon", "cedex", "france"];

    private readonly IReadOnlyList<(GazetteerStreet Street, StreetName Name)> _streets;
    private readonly IReadOnlyList<(NeighbouringCommune Commune, string[] Tokens)> _communes;
    private readonly HashSet<string> _exactStreetNames;
    private readonly ILogger<OfflineAddressLookup> _logger;

    public OfflineAddressLookup(Gazetteer gazetteer, ILogger<OfflineAddressLookup> logger)
        : this(gazetteer, NeighbouringCommune.AroundDijon, logger)
    {
    }

    public OfflineAddressLookup(Gazetteer gazetteer, IEnumerable<NeighbouringCommune> otherCommunes, ILogger<OfflineAddressLookup> logger)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(otherCommunes);
        ArgumentNullException.ThrowIfNull(logger);
        _streets = gazetteer.Streets
            .Select(s => (s, StreetNameMatcher.Analyse(StreetNameMatcher.ExpandedTokens(s.Name))))
            .ToList();
        // Longest names first, so that "Fontaine-lès-Dijon" is not read as a Dijon address.
        _communes = otherCommunes
            .Select(c => (c, StreetNameMatcher.ExpandedTokens(c.Name).ToArray()))
            .OrderByDescending(c => c.Item2.Length)
            .ToList();
        _exactStreetNames = gazetteer.Streets.Select(s => string.Join(' ', StreetNameMatcher.ExpandedTokens(s.Name))).ToHashSet(StringComparer.Ordinal);
        _logger = logger;
    }

    public string Name => "offline";

    public Task<AddressLookupResult> LookupAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = Lookup(text);
        _logger.LogDebug("Offline lookup {Outcome} for {Text}", result.Outcome, text);
        return Task.FromResult(result);
    }

    private AddressLookupResult Lookup(string text)
    {
        var cleaned = AddressText.Clean(text);
        if (cleaned is null)
        {
            return new AddressLookupResult { Outcome = AddressLookupOutcome.Invalid };
        }

        var parts = cleaned.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1)
        {
            var last = WithoutPostCodes(StreetNameMatcher.ExpandedTokens(parts[^1]));
            if (_communes.FirstOrDefault(c => c.Tokens.SequenceEqual(last)) is { Commune: { } named })
            {
                return OutOfArea(named);
            }
        }

        var tokens = WithoutPostCodes(StreetNameMatcher.ExpandedTokens(string.Join(' ', parts)));

        // "3 rue Coupée de Longvic" is a Dijon street named after the commune it leads to, written in full.
        var namesAStreet = _exactStreetNames.Contains(string.Join(' ', SplitHouseNumber(tokens).StreetTokens));
        foreach (var (commune, communeTokens) in _communes)
        {
            // "5 rue Monge Talant" names Talant; "5 rue de Talant" is a Dijon street.
            if (!namesAStreet
                && tokens.Count > communeTokens.Length
                && tokens.TakeLast(communeTokens.Length).SequenceEqual(communeTokens)
                && tokens.SkipLast(communeTokens.Length).Any(IsNameWord))
            {
                return OutOfArea(commune);
            }
        }

        while (tokens.Count > 0 && Filler.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var (houseNumber, rest) = SplitHouseNumber(tokens);
        var typed = StreetNameMatcher.Analyse(rest);
        if (!typed.Words.Any(IsNameWord))
        {
            return new AddressLookupResult { Outcome = AddressLookupOutcome.NotFound };
        }

        var candidates = _streets
            .Select(s => (s.Street, Score: StreetNameMatcher.Score(typed, s.Name)))
            .Where(s => s.Score >= AddressDecision.OfferScore)
            .OrderByDescending(s => s.Score)
            .Take(AddressDecision.MaxChoices * 2)
            .Select(s => ToCandidate(s.Street, s.Score, houseNumber, text))
            .ToList();
        return AddressDecision.Decide(candidates);
    }

    private static bool IsNameWord(string token) =>
        !StreetNameMatcher.IsArticle(token) && !StreetNameMatcher.IsStreetType(token) && !token.All(char.IsDigit);

    private static List<string> WithoutPostCodes(IEnumerable<string> tokens) =>
        tokens.Where(t => !PostCode().IsMatch(t)).ToList();

    private static (string? Number, List<string> StreetTokens) SplitHouseNumber(List<string> tokens)
    {
        if (tokens.Count > 1 && HouseNumber().IsMatch(tokens[^1]) && !HouseNumber().IsMatch(tokens[0]))
        {
            // "rue Monge 12": the number after the street, as some residents write it.
            var (trailing, _) = SplitHouseNumber([tokens[^1]]);
            return (trailing, tokens.SkipLast(1).ToList());
        }

        if (tokens.Count == 0 || HouseNumber().Match(tokens[0]) is not { Success: true } match)
        {
            return (null, tokens);
        }

        var number = match.Groups["n"].Value.TrimStart('0');
        var suffix = match.Groups["s"].Value;
        var skip = 1;
        if (suffix.Length == 0 && tokens.Count > 1 && RepetitionIndex().IsMatch(tokens[1]))
        {
            suffix = tokens[1];
            skip = 2;
        }

        var houseNumber = suffix.Length == 0 ? number : $"{number} {suffix}";
        return (number.Length == 0 ? null : houseNumber, tokens.Skip(skip).ToList());
    }

    private static AddressCandidate ToCandidate(GazetteerStreet street, double score, string? houseNumber, string typedText)
    {
        var address = new ResidentAddress
        {
            Label = houseNumber is null
                ? $"{street.Name} {street.PostCode} {CityName}"
                : $"{houseNumber} {street.Name} {street.PostCode} {CityName}",
            HouseNumber = houseNumber,
            Street = street.Name,
            PostCode = street.PostCode,
            CityCode = CityCode,
            City = CityName,
            Longitude = street.Longitude,
            Latitude = street.Latitude,
            PrecisionMeters = StreetPrecisionMeters,
            Provider = "offline",
            TypedText = typedText,
        };
        return new AddressCandidate(address, score, houseNumber is null ? AddressMatchType.Street : AddressMatchType.HouseNumber);
    }

    private static AddressLookupResult OutOfArea(NeighbouringCommune commune) => new()
    {
        Outcome = AddressLookupOutcome.OutOfArea,
        OutOfAreaCityCode = commune.Code,
        OutOfAreaCityName = commune.Name,
    };

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostCode();

    [GeneratedRegex("^(?<n>[0-9]{1,4})(?<s>bis|ter|quater|[a-d])?$")]
    private static partial Regex HouseNumber();

    [GeneratedRegex("^(bis|ter|quater)$")]
    private static partial Regex RepetitionIndex();
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NeighbourBot.Geo.Addresses.Ban;

/// <summary>
/// The national address geocoder (BAN on the Géoplateforme): one <c>/search</c> per served commune
/// (<c>citycode</c> filter, so that "12 rue de la Liberté" finds Dijon's among France's hundreds), and when that
/// finds nothing sure (not found, or only candidates to choose from), one unfiltered search to recognise an
/// address in another commune the resident named.
/// </summary>
public sealed class BanAddressLookup : IAddressLookup
{
    private const int SearchLimit = 5;

    private readonly HttpClient _httpClient;
    private readonly BanResilience _resilience;
    private readonly AddressQueryCache _cache;
    private readonly AddressOptions _options;
    private readonly HashSet<string> _servedCityCodes;
    private readonly ILogger<BanAddressLookup> _logger;

    public BanAddressLookup(
        HttpClient httpClient,
        BanResilience resilience,
        AddressQueryCache cache,
        IOptions<AddressOptions> options,
        ILogger<BanAddressLookup> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _resilience = resilience;
        _cache = cache;
        _options = options.Value;
        _servedCityCodes = new HashSet<string>(_options.ServedCityCodes, StringComparer.Ordinal);
        _logger = logger;
    }

    public string Name => "ban";

    public async Task<AddressLookupResult> LookupAsync(string text, CancellationToken cancellationToken)
    {
        var query = AddressText.Clean(text);
        if (query is null)
        {
            _logger.LogDebug("Address text rejected before lookup: {Text}", text);
            return new AddressLookupResult { Outcome = AddressLookupOutcome.Invalid };
        }

        var key = AddressQueryCache.KeyOf(query);
        if (_cache.TryGet(key, out var cached))
        {
            return WithTypedText(cached, text);
        }

        var result = await SearchAsync(query, text, cancellationToken);
        _logger.LogDebug("Geocoder decision {Outcome} for {Text}", result.Outcome, text);
        if (result.Outcome is not (AddressLookupOutcome.Unavailable or AddressLookupOutcome.Invalid))
        {
            _cache.Set(key, result);
        }

        return result;
    }

    /// <summary>The address at a shared location (<c>/reverse</c>): Confirm in a served commune, OutOfArea elsewhere.</summary>
    public async Task<AddressLookupResult> ReverseAsync(double longitude, double latitude, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(longitude) || !double.IsFinite(latitude) || Math.Abs(longitude) > 180 || Math.Abs(latitude) > 90)
        {
            return new AddressLookupResult { Outcome = AddressLookupOutcome.Invalid };
        }

        var uri = new Uri(
            $"{BaseUrl}/reverse?lon={BanFeatureParser.Format(longitude)}&lat={BanFeatureParser.Format(latitude)}&index=address&limit=1");
        var answer = await GetAsync(uri, "", cancellationToken);
        if (answer.Failure is { } failure)
        {
            return failure;
        }

        var found = answer.Candidates.FirstOrDefault(c => c.Type is AddressMatchType.HouseNumber or AddressMatchType.Street);
        return found switch
        {
            null => new AddressLookupResult { Outcome = AddressLookupOutcome.NotFound },
            _ when _servedCityCodes.Contains(found.Address.CityCode) =>
                new AddressLookupResult { Outcome = AddressLookupOutcome.Confirm, Candidates = [found] },
            _ => OutOfArea(found),
        };
    }

    private string BaseUrl => _options.BanBaseUrl.ToString().TrimEnd('/');

    private async Task<AddressLookupResult> SearchAsync(string query, string typedText, CancellationToken cancellationToken)
    {
        var served = new List<AddressCandidate>();
        foreach (var cityCode in _options.ServedCityCodes)
        {
            var answer = await GetAsync(SearchUri(query, cityCode), typedText, cancellationToken);
            if (answer.Failure is { } failure)
            {
                return failure;
            }

            // The filter is the server's; keep checking it here (a proxy or an older server may ignore it).
            served.AddRange(answer.Candidates.Where(c => _servedCityCodes.Contains(c.Address.CityCode)));
        }

        var decision = AddressDecision.Decide(served);
        if (decision.Outcome is not (AddressLookupOutcome.NotFound or AddressLookupOutcome.Choose))
        {
            return decision;
        }

        var anywhere = await GetAsync(SearchUri(query, cityCode: null), typedText, cancellationToken);
        if (anywhere.Failure is not null)
        {
            return decision;
        }

        // A confident match elsewhere counts only when the resident named that commune (or its postcode):
        // a typo in a Dijon street name must not send them to a namesake street across France. Against
        // uncertain Dijon candidates it must also be clearly better than the best of them.
        var bar = Math.Max(
            AddressDecision.AcceptScore,
            decision.Candidates.Select(c => c.Score).DefaultIfEmpty(0).Max() + AddressDecision.ClearLead);
        var elsewhere = anywhere.Candidates
            .Where(c => !_servedCityCodes.Contains(c.Address.CityCode)
                && c.Type is AddressMatchType.HouseNumber or AddressMatchType.Street
                && c.Score >= bar
                && NamesCommune(query, c.Address))
            .MaxBy(c => c.Score);
        return elsewhere is null ? decision : OutOfArea(elsewhere);
    }

    private Uri SearchUri(string query, string? cityCode)
    {
        var uri = $"{BaseUrl}/search?q={Uri.EscapeDataString(query)}&index=address&autocomplete=0&limit="
            + SearchLimit.ToString(CultureInfo.InvariantCulture);
        if (cityCode is not null)
        {
            uri += "&citycode=" + Uri.EscapeDataString(cityCode);
        }

        return new Uri(uri);
    }

    private async Task<BanAnswer> GetAsync(Uri uri, string typedText, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _resilience.Pipeline.ExecuteAsync(
                async token => await _httpClient.GetAsync(uri, token),
                cancellationToken);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                _logger.LogWarning("Geocoder refused a query as invalid (400)");
                return BanAnswer.Failed(AddressLookupOutcome.Invalid);
            }

            if (!response.IsSuccessStatusCode)
            {
                _logger.LogWarning("Geocoder answered {StatusCode} after retries", (int)response.StatusCode);
                return BanAnswer.Failed(AddressLookupOutcome.Unavailable);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new BanAnswer(BanFeatureParser.Parse(body, typedText), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException ex)
        {
            _logger.LogWarning("Geocoder circuit is open, lookup not attempted (retry after {RetryAfter})", ex.RetryAfter);
            return BanAnswer.Failed(AddressLookupOutcome.Unavailable);
        }
        catch (TimeoutRejectedException ex)
        {
            _logger.LogWarning(ex, "Geocoder did not answer within {Timeout}", ex.Timeout);
            return BanAnswer.Failed(AddressLookupOutcome.Unavailable);
        }
        catch (HttpRequestException ex)
        {
            _logger.LogWarning(ex, "Geocoder unreachable");
            return BanAnswer.Failed(AddressLookupOutcome.Unavailable);
        }
        catch (OperationCanceledException ex)
        {
            _logger.LogWarning(ex, "Geocoder call cancelled by the HTTP client's own timeout");
            return BanAnswer.Failed(AddressLookupOutcome.Unavailable);
        }
        catch (JsonException ex)
        {
            _logger.LogError(ex, "Geocoder answered something that is not its GeoJSON");
            return BanAnswer.Failed(AddressLookupOutcome.Unavailable);
        }
    }

    private static bool NamesCommune(string query, Core.Residents.ResidentAddress address)
    {
        var typed = " " + GeoText.Fold(query) + " ";
        return (address.PostCode.Length > 0 && typed.Contains(" " + address.PostCode + " ", StringComparison.Ordinal))
            || (address.City.Length > 0 && typed.Contains(" " + GeoText.Fold(address.City) + " ", StringComparison.Ordinal));
    }

    private static AddressLookupResult OutOfArea(AddressCandidate found) => new()
    {
        Outcome = AddressLookupOutcome.OutOfArea,
        Candidates = [found],
        OutOfAreaCityCode = found.Address.CityCode,
        OutOfAreaCityName = found.Address.City,
    };

    private static AddressLookupResult WithTypedText(AddressLookupResult result, string typedText) => result with
    {
        Candidates = result.Candidates
            .Select(c => c with { Address = c.Address with { TypedText = typedText } })
            .ToList(),
    };

    private sealed record BanAnswer(IReadOnlyList<AddressCandidate> Candidates, AddressLookupResult? Failure)
    {
        public static BanAnswer Failed(AddressLookupOutcome outcome) =>
            new([], new AddressLookupResult { Outcome = outcome });
    }
}

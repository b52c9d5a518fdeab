using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Offline;

using NeighbourBot.Testing;

namespace NeighbourBot.EndToEnd.Tests.Support;

/// <summary>
/// A stand-in for the national geocoder on 127.0.0.1, for end-to-end runs with <c>Addresses:Provider=Ban</c>: it answers
/// <c>/search/</c> in BAN's GeoJSON format, finding streets with the shipped gazetteer (the Offline provider's own reading,
/// so a street lands in the same quartier either way), and fails a seeded share of requests with 500, 503, an answer
/// slower than the client waits, or a dropped connection. Every request and every fault is counted.
/// </summary>
public sealed class LocalBanGeocoder : LoopbackHttpServer
{
    private const string DijonCityCode = "21231";

    private readonly OfflineAddressLookup _streets;
    private readonly Random _random;
    private readonly TimeSpan _slowAnswer;
    private readonly Lock _gate = new();
    private readonly int[] _faults = new int[Enum.GetValues<GeocoderFaultKind>().Length];
    private int _requests;
    private TaskCompletionSource _requestSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LocalBanGeocoder(double faultRate, int seed, TimeSpan slowAnswer)
        : base("geocodage")
    {
        FaultRate = faultRate;
        // Spread the seed: System.Random's first draws from neighbouring seeds are alike, and runs are told apart by seed.
        _random = new Random(unchecked(seed * -1_640_531_535) & int.MaxValue);
        _slowAnswer = slowAnswer;
        var gazetteer = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "voies.csv"));
        // No neighbouring communes: the search is filtered on Dijon, as BAN's citycode filter does, and the name of a
        // Dijon street such as "Rue Coupée de Longvic" must not read as the commune it leads to.
        _streets = new OfflineAddressLookup(gazetteer, [], NullLogger<OfflineAddressLookup>.Instance);
        StartServing();
    }

    /// <summary>Share of requests failed on purpose; may change while the host runs.</summary>
    public double FaultRate { get; set; }

    /// <summary>Requests received and faults injected so far.</summary>
    public GeocoderCounts Counts
    {
        get
        {
            lock (_gate)
            {
                return new GeocoderCounts(
                    _requests,
                    _faults[(int)GeocoderFaultKind.ServerError],
                    _faults[(int)GeocoderFaultKind.Unavailable],
                    _faults[(int)GeocoderFaultKind.Slow],
                    _faults[(int)GeocoderFaultKind.Dropped]);
            }
        }
    }

    /// <summary>
    /// Waits until the geocoder has received <paramref name="count"/> requests: a client that gave up on an answer (its timeout)
    /// may do so before the geocoder has even picked the request up.
    /// </summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task seen;
            lock (_gate)
            {
                if (_requests >= count)
                {
                    return;
                }

                seen = _requestSeen.Task;
            }

            await seen.WaitAsync(deadline.Token);
        }
    }

    /// <param name="faultRate">Share of requests to fail (0: a geocoder that always answers).</param>
    /// <param name="seed">Same seed, same sequence of fault decisions.</param>
    /// <param name="slowAnswer">How late a slow answer comes: longer than the host's <c>Addresses:Resilience:AttemptTimeout</c>.</param>
    public static LocalBanGeocoder Start(double faultRate = 0, int seed = 1, TimeSpan? slowAnswer = null) =>
        new(faultRate, seed, slowAnswer ?? TimeSpan.FromSeconds(5));

    /// <summary>The host settings that point its address lookup at this geocoder.</summary>
    public IReadOnlyList<string> HostSettings() =>
    [
        "--NeighbourBot:Addresses:Provider=Ban",
        "--NeighbourBot:Addresses:BanBaseUrl=" + BaseUrl,
    ];

    private GeocoderFaultKind? Decide()
    {
        lock (_gate)
        {
            _requests++;
            _requestSeen.TrySetResult();
            _requestSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_random.NextDouble() >= FaultRate)
            {
                return null;
            }

            var kind = (GeocoderFaultKind)_random.Next(_faults.Length);
            _faults[(int)kind]++;
            return kind;
        }
    }

    protected override async Task ServeAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var fault = Decide();
            switch (fault)
            {
                case GeocoderFaultKind.ServerError:
                    await WriteAsync(response, HttpStatusCode.InternalServerError, """{"code":500,"message":"Internal server error"}""");
                    return;
                case GeocoderFaultKind.Unavailable:
                    await WriteAsync(response, HttpStatusCode.ServiceUnavailable, """{"code":503,"message":"Service temporarily unavailable"}""");
                    return;
                case GeocoderFaultKind.Dropped:
                    // Promise a body, send a piece of it, then cut: the client sees the response end prematurely.
                    response.ContentType = "application/json; charset=utf-8";
                    response.ContentLength64 = 1000;
                    await response.OutputStream.WriteAsync("""{"type":"FeatureCollection","features":["""u8.ToArray(), Stopping);
                    await response.OutputStream.FlushAsync(Stopping);
                    response.Abort();
                    return;
                case GeocoderFaultKind.Slow:
                    await Task.Delay(_slowAnswer, Stopping);
                    break;
            }

            var (status, body) = await AnswerAsync(context.Request.Url!);
            await WriteAsync(response, status, body);
        }
        catch (OperationCanceledException)
        {
            response.Abort();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (attempt timeout) before the answer was written: nothing to do.
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, HttpStatusCode status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = (int)status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private async Task<(HttpStatusCode Status, string Body)> AnswerAsync(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        if (path.EndsWith("/reverse", StringComparison.Ordinal))
        {
            // The bot does not reverse-geocode today; an empty collection is BAN's answer where it finds nothing.
            return (HttpStatusCode.OK, FeatureCollection([], "", 1));
        }

        if (!path.EndsWith("/search", StringComparison.Ordinal))
        {
            return (HttpStatusCode.NotFound, """{"code":404,"message":"Not found"}""");
        }

        var q = query["q"];
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 3)
        {
            return (HttpStatusCode.BadRequest, """{"code":400,"message":"q must contain between 3 and 200 chars and start with a number or a letter"}""");
        }

        var limit = int.TryParse(query["limit"], out var l) && l > 0 ? l : 5;
        var cityCode = query["citycode"];

        // Every street of the gazetteer is in Dijon: a search filtered on another commune finds none of them.
        var found = cityCode is null || cityCode == DijonCityCode
            ? (await _streets.LookupAsync(q, Stopping)).Candidates
            : [];
        return (HttpStatusCode.OK, FeatureCollection(found.Take(limit).ToList(), q, limit));
    }

    private static string FeatureCollection(IReadOnlyList<AddressCandidate> candidates, string q, int limit)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("version", "draft");
            json.WriteStartArray("features");
            foreach (var candidate in candidates)
            {
                var a = candidate.Address;
                var house = candidate.Type == AddressMatchType.HouseNumber && a.HouseNumber is not null;
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(a.Longitude);
                json.WriteNumberValue(a.Latitude);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("label", a.Label);
                json.WriteNumber("score", candidate.Score);
                if (house)
                {
                    json.WriteString("housenumber", a.HouseNumber);
                }

                json.WriteString("name", house ? $"{a.HouseNumber} {a.Street}" : a.Street);
                json.WriteString("postcode", a.PostCode);
                json.WriteString("citycode", a.CityCode);
                json.WriteString("city", a.City);
                json.WriteString("context", "21, Côte-d'Or, Bourgogne-Franche-Comté");
                json.WriteString("type", house ? "housenumber" : "street");
                json.WriteNumber("importance", 0.6);
                json.WriteString("street", a.Street);
                json.WriteString("_type", "address");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("attribution", "BAN");
            json.WriteString("licence", "ETALAB-2.0");
            json.WriteString("query", q);
            json.WriteNumber("limit", limit);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using System.Text;
using NeighbourBot.Core.Residents;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the geocoder (the BAN network edge): known texts give known answers, the rest is not found.</summary>
public sealed class FakeAddressLookup : IAddressLookup
{
    private readonly Dictionary<string, AddressLookupResult> _answers = new(StringComparer.Ordinal);
    private readonly List<string> _queries = [];

    public string Name => "fake";

    /// <summary>The geocoder is down: every lookup is Unavailable.</summary>
    public bool Down { get; set; }

    /// <summary>A fault (not an outage) thrown by the next lookups.</summary>
    public Exception? Fault { get; set; }

    public IReadOnlyList<string> Queries => _queries;

    public FakeAddressLookup Answer(string text, AddressLookupResult result)
    {
        _answers[Normalise(text)] = result;
        return this;
    }

    public Task<AddressLookupResult> LookupAsync(string text, CancellationToken cancellationToken)
    {
        _queries.Add(text);
        if (Fault is not null)
        {
            throw Fault;
        }

        if (Down)
        {
            return Task.FromResult(new AddressLookupResult { Outcome = AddressLookupOutcome.Unavailable });
        }

        return Task.FromResult(_answers.GetValueOrDefault(Normalise(text)) ?? new AddressLookupResult { Outcome = AddressLookupOutcome.NotFound });
    }

    public static ResidentAddress Address(string? number, string street, double longitude, double latitude, string postCode = "21000", string city = "Dijon", string cityCode = "21231") => new()
    {
        Label = $"{(number is null ? "" : number + " ")}{street} {postCode} {city}",
        HouseNumber = number,
        Street = street,
        PostCode = postCode,
        City = city,
        CityCode = cityCode,
        Longitude = longitude,
        Latitude = latitude,
        PrecisionMeters = number is null ? 150 : 10,
        Provider = "fake",
    };

    private static string Normalise(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Globalization;
using System.Text.Json;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Geo.Addresses.Ban;

/// <summary>Reads the geocoder's GeoJSON answer into candidates; only <c>features</c> is relied on.</summary>
public static class BanFeatureParser
{
    /// <summary>
    /// A BAN house number is placed on the building or its entrance (or interpolated along the street): within
    /// about 15 m of the front door.
    /// </summary>
    public const double HouseNumberPrecisionMeters = 15;

    /// <summary>
    /// A BAN street is one point near the middle of the street; the door can be anywhere along it, and half the
    /// length of a long Dijon street is about 250 m.
    /// </summary>
    public const double StreetPrecisionMeters = 250;

    /// <summary>A lieu-dit centroid: a hamlet or an area, several hundred metres across.</summary>
    public const double LocalityPrecisionMeters = 500;

    /// <summary>A town centroid says nothing about the quartier.</summary>
    public const double MunicipalityPrecisionMeters = 3000;

    /// <summary>The candidates of a <c>/search</c> or <c>/reverse</c> body; unknown types and broken features are skipped.</summary>
    /// <exception cref="JsonException">The body is not JSON or has no <c>features</c> array.</exception>
    public static IReadOnlyList<AddressCandidate> Parse(string json, string typedText)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("features", out var features)
            || features.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The geocoder answer has no 'features' array.");
        }

        var candidates = new List<AddressCandidate>();
        foreach (var feature in features.EnumerateArray())
        {
            if (TryRead(feature, typedText) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    private static AddressCandidate? TryRead(JsonElement feature, string typedText)
    {
        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object
            || !TryReadPoint(feature, out var longitude, out var latitude))
        {
            return null;
        }

        AddressMatchType? type = String(properties, "type") switch
        {
            "housenumber" => AddressMatchType.HouseNumber,
            "street" => AddressMatchType.Street,
            "locality" => AddressMatchType.Locality,
            "municipality" => AddressMatchType.Municipality,
            _ => null,
        };
        if (type is null)
        {
            return null;
        }

        var houseNumber = type == AddressMatchType.HouseNumber ? String(properties, "housenumber") : null;
        var name = String(properties, "name") ?? "";
        var street = String(properties, "street") ?? StreetOf(name, houseNumber);
        var address = new ResidentAddress
        {
            Label = String(properties, "label") ?? name,
            HouseNumber = houseNumber,
            Street = type is AddressMatchType.HouseNumber or AddressMatchType.Street ? street : "",
            PostCode = String(properties, "postcode") ?? "",
            CityCode = String(properties, "citycode") ?? "",
            City = String(properties, "city") ?? "",
            Longitude = longitude,
            Latitude = latitude,
            PrecisionMeters = type switch
            {
                AddressMatchType.HouseNumber => HouseNumberPrecisionMeters,
                AddressMatchType.Street => StreetPrecisionMeters,
                AddressMatchType.Locality => LocalityPrecisionMeters,
                _ => MunicipalityPrecisionMeters,
            },
            Provider = "ban",
            TypedText = typedText,
        };
        var score = properties.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0;
        return new AddressCandidate(address, score, type.Value);
    }

    private static bool TryReadPoint(JsonElement feature, out double longitude, out double latitude)
    {
        longitude = latitude = double.NaN;
        if (feature.TryGetProperty("geometry", out var geometry)
            && geometry.ValueKind == JsonValueKind.Object
            && geometry.TryGetProperty("coordinates", out var coordinates)
            && coordinates.ValueKind == JsonValueKind.Array
            && coordinates.GetArrayLength() >= 2
            && coordinates[0].ValueKind == JsonValueKind.Number
            && coordinates[1].ValueKind == JsonValueKind.Number)
        {
            longitude = coordinates[0].GetDouble();
            latitude = coordinates[1].GetDouble();
            return double.IsFinite(longitude) && double.IsFinite(latitude);
        }

        return false;
    }

    private static string? String(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    // A house number's "name" is "12 Rue de la Liberté"; older answers lack "street".
    private static string StreetOf(string name, string? houseNumber) =>
        houseNumber is not null && name.StartsWith(houseNumber + " ", StringComparison.Ordinal)
            ? name[(houseNumber.Length + 1)..]
            : name;

    internal static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

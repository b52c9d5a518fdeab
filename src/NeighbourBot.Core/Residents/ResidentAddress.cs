namespace NeighbourBot.Core.Residents;

/// <summary>A geocoded address: what the provider returned, and how precise its point is.</summary>
public sealed record ResidentAddress
{
    /// <summary>The address as the provider labels it, e.g. "12 Rue de la Liberté 21000 Dijon".</summary>
    public string Label { get; init; } = "";

    public string? HouseNumber { get; init; }

    public string Street { get; init; } = "";

    public string PostCode { get; init; } = "";

    public string CityCode { get; init; } = "";

    public string City { get; init; } = "";

    public double Longitude { get; init; }

    public double Latitude { get; init; }

    /// <summary>How far the point may be from the front door, in metres (a street centre is coarse).</summary>
    public double PrecisionMeters { get; init; }

    /// <summary>Which provider found it: "ban" or "offline".</summary>
    public string Provider { get; init; } = "";

    /// <summary>What the resident typed, kept so that verification can finish later when the geocoder is down.</summary>
    public string TypedText { get; init; } = "";
}

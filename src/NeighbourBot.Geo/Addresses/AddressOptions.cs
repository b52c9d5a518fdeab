using NeighbourBot.Geo.Addresses.Ban;

namespace NeighbourBot.Geo.Addresses;

/// <summary>Address lookup settings (<c>NeighbourBot:Addresses</c>).</summary>
public sealed record AddressOptions
{
    public const string SectionName = "Addresses";

    public AddressProviderKind Provider { get; init; } = AddressProviderKind.Ban;

    /// <summary>Géoplateforme geocoder; <c>/search</c> and <c>/reverse</c> live below it.</summary>
    public Uri BanBaseUrl { get; init; } = new("https://data.geopf.fr/geocodage");

    /// <summary>INSEE codes of the served communes; empty in configuration means Dijon only.</summary>
    public IReadOnlyList<string> CityCodes { get; init; } = [];

    public string GazetteerPath { get; init; } = "assets/dijon/voies.csv";

    /// <summary>Timeouts, retries and circuit breaker of the geocoder client.</summary>
    public BanResilienceOptions Resilience { get; init; } = new();

    /// <summary>The served communes: <see cref="CityCodes"/>, or Dijon (21231) when none are configured.</summary>
    /// <remarks>
    /// The default lives here and not in <see cref="CityCodes"/> because the configuration binder appends a
    /// configured list to a non-empty default instead of replacing it.
    /// </remarks>
    public IReadOnlyList<string> ServedCityCodes => CityCodes.Count > 0 ? CityCodes : ["21231"];
}

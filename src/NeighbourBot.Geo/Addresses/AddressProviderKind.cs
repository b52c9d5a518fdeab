namespace NeighbourBot.Geo.Addresses;

/// <summary>Which address provider the bot uses (<c>Addresses:Provider</c>).</summary>
public enum AddressProviderKind
{
    /// <summary>The national geocoder (BAN on the Géoplateforme) over HTTP.</summary>
    Ban = 0,

    /// <summary>The shipped gazetteer file: no network, street-level precision only.</summary>
    Offline,
}

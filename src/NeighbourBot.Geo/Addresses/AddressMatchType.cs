namespace NeighbourBot.Geo.Addresses;

/// <summary>The geocoder's result <c>type</c>.</summary>
public enum AddressMatchType
{
    HouseNumber = 0,
    Street,
    Locality,
    Municipality,
}

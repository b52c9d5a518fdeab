namespace NeighbourBot.Geo.Addresses.Offline;

/// <summary>One street of the gazetteer: its name, postcode, an approximate centre point and the quartier the file gives.</summary>
public sealed record GazetteerStreet(string Name, string PostCode, double Longitude, double Latitude, string? Quartier);

using NeighbourBot.Core.Residents;

namespace NeighbourBot.Geo.Addresses;

/// <summary>One geocoder answer with its score (0..1, text similarity) and type.</summary>
public sealed record AddressCandidate(ResidentAddress Address, double Score, AddressMatchType Type);

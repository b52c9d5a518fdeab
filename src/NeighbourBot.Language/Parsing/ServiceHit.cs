using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>A service named in a message, as a listing title, with where it was found.</summary>
internal readonly record struct ServiceHit(string Title, ListingCategory Category, int Position, int End, bool Generic = false);

using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>An object named in a message: its listing title, category, and the tokens it spans.</summary>
internal sealed record ItemHit(string Title, ListingCategory Category, int Start, int End, string Head, char Flag);

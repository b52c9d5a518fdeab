using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>One multi-word surface of the item lexicon and the listing title it stands for.</summary>
internal sealed record LexiconEntry(string[] Surface, string Title, ListingCategory Category, char Flag);

namespace NeighbourBot.Language.Parsing;

/// <summary>Turns a resident's free-form French message into a proposed listing.</summary>
public interface IListingParser
{
    /// <summary>Never throws on any input; a message that is not a listing parses to kind <c>None</c>.</summary>
    ListingParse Parse(string text);
}

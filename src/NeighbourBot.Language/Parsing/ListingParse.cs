using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Contacts;

namespace NeighbourBot.Language.Parsing;

/// <summary>What the parser understood of a resident's message: a proposed listing, its contact details and scam signals.</summary>
public sealed record ListingParse(
    ListingKind Kind,
    IReadOnlyList<string> Items,
    ListingCategory Category,
    int? Quantity,
    decimal? PriceEur,
    string? When,
    DateTimeOffset? WhenStart,
    bool HasContact,
    string MaskedText,
    IReadOnlyList<ContactMatch> Contacts,
    IReadOnlyList<string> ScamSignals)
{
    /// <summary>The parse of a message that is not a listing.</summary>
    public static ListingParse None(string maskedText, IReadOnlyList<ContactMatch> contacts, IReadOnlyList<string> scamSignals) =>
        new(ListingKind.None, [], ListingCategory.None, null, null, null, null, contacts.Count > 0, maskedText, contacts, scamSignals);
}

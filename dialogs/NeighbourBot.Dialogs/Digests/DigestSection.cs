using NeighbourBot.Core.Listings;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>The headings of a digest; every <see cref="ListingKind"/> falls under exactly one (see <see cref="DigestSections"/>).</summary>
public enum DigestSection
{
    Gifts = 0,
    Loans,
    Requests,
    Services,
    Events,
    LostFound,
    SalesExchanges,
    Other,
}

namespace NeighbourBot.Core.Listings;

/// <summary>The listing vocabulary of DESIGN.md (contract) and shared/corpus/SCHEMA.md.</summary>
public enum ListingKind
{
    None = 0,
    Give,
    Sell,
    Lend,
    Exchange,
    Seek,
    Borrow,
    HelpOffer,
    HelpRequest,
    Event,
    Lost,
    Found,
}

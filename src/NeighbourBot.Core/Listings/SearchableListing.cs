namespace NeighbourBot.Core.Listings;

/// <summary>What /cherche reads of an open listing: what it matches on and what a result line shows, nothing more.</summary>
public sealed record SearchableListing(long Id, ListingKind Kind, DateTimeOffset? PublishedAt, string Title, IReadOnlyList<string> Items, string BroadcastText)
{
    public static SearchableListing Of(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new SearchableListing(listing.Id, listing.Kind, listing.PublishedAt, listing.Title, listing.Items, listing.BroadcastText);
    }
}

using NeighbourBot.Core.Listings;

namespace NeighbourBot.Core.Digests;

/// <summary>What a digest needs of one listing: far smaller than the listing, so a quartier's worth stays cheap in memory.</summary>
public sealed record DigestLine(long ListingId, long AuthorId, ListingKind Kind, ListingCategory Category, DateTimeOffset PublishedAt, string Title)
{
    public static DigestLine Of(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new DigestLine(
            listing.Id, listing.AuthorId, listing.Kind, listing.Category, listing.PublishedAt ?? listing.CreatedAt, listing.Title);
    }
}

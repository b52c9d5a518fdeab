using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Community;

/// <summary>"Toujours disponible" under an expiry reminder: the listing stays online another ExpiryDays.</summary>
public sealed class ExpiryActions(
    IListingStore listings,
    ListingManager manager,
    IOptions<ListingOptions> options,
    TimeProvider timeProvider,
    ILogger<ExpiryActions> logger)
{
    public async Task ExtendAsync(ITurnContext turnContext, long userId, long listingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await manager.OwnedAsync(turnContext, userId, listingId, cancellationToken) is not { } listing)
        {
            return;
        }

        if (listing.Status is not (ListingStatus.Open or ListingStatus.Reserved))
        {
            await turnContext.SayAsync(ListingManager.Closed(listing), cancellationToken);
            return;
        }

        var days = options.Value.ExpiryDays;
        var now = timeProvider.GetUtcNow();
        var expiresAt = (listing.ExpiresAt is { } at && at > now ? at : now).AddDays(days);
        turnContext.Stage(() =>
        {
            // Read again at commit: the delivery observer may have recorded a group message since the turn began.
            var current = listings.Find(listing.Id) ?? listing;
            listings.Save(current with { ExpiresAt = expiresAt, UpdatedAt = now });
        });
        logger.LogInformation("Listing {ListingId} extended by its author until {ExpiresAt}", listing.Id, expiresAt);
        await turnContext.SayAsync(CommunityMessages.Extended(listing.Title, days), cancellationToken);
    }
}

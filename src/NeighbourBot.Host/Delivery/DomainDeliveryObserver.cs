using System.Globalization;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;

namespace NeighbourBot.Host.Delivery;

/// <summary>
/// Keeps the domain in step with delivery: a broadcast's message id is recorded on its listing (later
/// status changes edit that message), a resident who blocked the bot becomes unreachable, a group that
/// became a supergroup keeps its quartier link under its new id. A listing that changed while its broadcast
/// waited in the outbox (reserved, given, withdrawn, edited) has its fresh group message edited at once.
/// </summary>
public sealed class DomainDeliveryObserver(
    IListingStore listings,
    IResidentStore residents,
    IQuartierStore quartiers,
    IRelayStore relays,
    IOutboxStore outbox,
    ListingBroadcaster broadcaster,
    TimeProvider time,
    ILogger<DomainDeliveryObserver> logger) : IDeliveryObserver
{
    /// <summary>Correlation prefix of a listing broadcast: "listing:{id}".</summary>
    public const string ListingCorrelationPrefix = "listing:";

    public void Sent(OutboxMessage message, long? messageId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (messageId is { } relayed && RelayCorrelation.TryRead(message.Correlation, out var relayId))
        {
            // A Telegram reply to this message is then routed to the right partner.
            relays.RememberMessage(message.ChatId, relayed, relayId);
            return;
        }

        if (messageId is not { } id
            || message.Action.Kind is not (OutboundActionKind.SendText or OutboundActionKind.SendPhoto)
            || message.Correlation is not { } correlation
            || !correlation.StartsWith(ListingCorrelationPrefix, StringComparison.Ordinal)
            || !long.TryParse(correlation.AsSpan(ListingCorrelationPrefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var listingId)
            || listings.Find(listingId) is not { } listing)
        {
            return;
        }

        var reference = new BroadcastRef(message.ChatId, id, message.Action.Kind == OutboundActionKind.SendPhoto);
        var others = listing.Broadcasts.Where(b => b.ChatId != message.ChatId);
        listings.Save(listing with { Broadcasts = [.. others, reference] });
        if (listing.UpdatedAt > message.CreatedAt)
        {
            // The message just posted shows the listing as it was when queued: bring it up to date.
            var author = residents.Find(listing.AuthorId)?.FirstName ?? "";
            foreach (var edit in broadcaster.Edits(listing with { Broadcasts = [reference] }, author, time.GetUtcNow()))
            {
                outbox.Enqueue(edit);
            }

            logger.LogInformation("Listing {ListingId} changed before its broadcast to {ChatId} left; the message is edited", listing.Id, message.ChatId);
        }
    }

    public void Unreachable(long chatId)
    {
        if (chatId > 0 && residents.Find(chatId) is { } resident)
        {
            residents.Upsert(resident with { Reachable = false });
            return;
        }

        if (quartiers.FindByGroupChat(chatId) is { } quartier)
        {
            logger.LogWarning("The bot can no longer post in group {ChatId} of quartier {Quartier}; it is unlinked", chatId, quartier.Id);
            quartiers.Upsert(quartier with { GroupChatIds = [.. quartier.GroupChatIds.Where(g => g != chatId)] });
        }
    }

    public void Migrated(long fromChatId, long toChatId)
    {
        if (quartiers.FindByGroupChat(fromChatId) is not { } quartier)
        {
            return;
        }

        quartiers.Upsert(quartier with { GroupChatIds = [.. quartier.GroupChatIds.Select(g => g == fromChatId ? toChatId : g).Distinct()] });
        foreach (var listing in listings.InQuartier(quartier.Id, ListingStatus.Open).Concat(listings.InQuartier(quartier.Id, ListingStatus.Reserved)))
        {
            if (listing.Broadcasts.Any(b => b.ChatId == fromChatId))
            {
                // Messages of the old group cannot be edited through the new id: forget them, later edits skip this group.
                listings.Save(listing with { Broadcasts = [.. listing.Broadcasts.Where(b => b.ChatId != fromChatId)] });
            }
        }
    }
}

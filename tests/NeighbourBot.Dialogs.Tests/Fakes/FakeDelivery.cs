using System.Globalization;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>
/// Plays the outbox sender and the host's delivery observer: each new row "reaches" Telegram with message id
/// 1000 + row id; a listing broadcast is recorded on its listing, a relay message remembered for reply routing.
/// </summary>
public sealed class FakeDelivery(InMemoryOutboxStore outbox, InMemoryListingStore listings, InMemoryRelayStore relays)
{
    private readonly HashSet<long> _delivered = [];

    public static long MessageIdOf(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return 1000 + row.Id;
    }

    /// <summary>Delivers every row not yet delivered; returns them.</summary>
    public IReadOnlyList<OutboxMessage> DeliverAll()
    {
        var rows = outbox.Rows.Where(r => _delivered.Add(r.Id)).ToList();
        foreach (var row in rows)
        {
            var messageId = MessageIdOf(row);
            if (row.Action.Kind is OutboundActionKind.SendText or OutboundActionKind.SendPhoto
                && row.Correlation is { } correlation
                && correlation.StartsWith(ListingBroadcaster.CorrelationPrefix, StringComparison.Ordinal)
                && long.TryParse(correlation.AsSpan(ListingBroadcaster.CorrelationPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var listingId)
                && listings.Find(listingId) is { } listing)
            {
                listings.Save(listing with
                {
                    Broadcasts = [.. listing.Broadcasts.Where(b => b.ChatId != row.ChatId), new BroadcastRef(row.ChatId, messageId, row.Action.Kind == OutboundActionKind.SendPhoto)],
                });
            }

            if (RelayCorrelation.TryRead(row.Correlation, out var relayId))
            {
                relays.RememberMessage(row.ChatId, messageId, relayId);
            }
        }

        return rows;
    }
}

using System.Globalization;
using NeighbourBot.Core.Alerts;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Community;

/// <summary>The private messages a newly published listing triggers: one per resident whose alert it matches, never its author.</summary>
public sealed class AlertMatcher(IAlertStore alerts, IResidentStore residents)
{
    /// <summary>Correlation of alert messages (not "listing:", which marks group broadcasts).</summary>
    public const string CorrelationPrefix = "alert:";

    /// <summary>Outbox rows for <paramref name="listing"/> (saved, with its id); call inside the publishing unit of work.</summary>
    public IReadOnlyList<OutboxMessage> Notifications(Listing listing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var rows = new List<OutboxMessage>();
        var told = new HashSet<long>();
        foreach (var alert in alerts.InQuartier(listing.QuartierId))
        {
            if (alert.ResidentId == listing.AuthorId || told.Contains(alert.ResidentId) || !SearchWords.Matches(listing, alert.Words))
            {
                continue;
            }

            if (residents.Find(alert.ResidentId) is not { } resident)
            {
                continue;
            }

            told.Add(alert.ResidentId);
            var text = CommunityMessages.AlertMatched(alert.Query, ListingText.FrenchLabel(listing.Kind), ListingText.Cut(listing.Title, ListingText.MaxTitle));
            var interested = new Button(ListingText.InterestedLabel(listing.Kind), ListingPayload.Of(ListingPayload.Interested, listing.Id));
            rows.Add(new BotMessage(text, [interested]).ToOutbox(
                resident.PrivateChatId != 0 ? resident.PrivateChatId : resident.Id,
                now,
                CorrelationPrefix + listing.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}

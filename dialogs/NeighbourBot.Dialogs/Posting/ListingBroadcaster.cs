using System.Globalization;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>
/// Outbox rows that put a listing in its quartier's groups, and later edit those messages in place. Broadcasts carry
/// the correlation "listing:{id}", so the delivery observer records their message ids in <see cref="Listing.Broadcasts"/>.
/// </summary>
public sealed class ListingBroadcaster(QuartierNames quartierNames)
{
    public const string CorrelationPrefix = "listing:";

    /// <summary>Correlation of edits: not "listing:", which would record the edit as a new broadcast.</summary>
    public const string EditCorrelationPrefix = "listing-edit:";

    public IReadOnlyList<OutboxMessage> Publish(Listing listing, IEnumerable<long> groupChatIds, string authorFirstName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(groupChatIds);
        var photo = listing.PhotoIds.Count > 0 ? listing.PhotoIds[0] : null;
        var quartier = quartierNames.Of(listing.QuartierId);
        return groupChatIds.Select(chatId => new OutboxMessage
            {
                Priority = OutboxPriority.Broadcast,
                ChatId = chatId,
                CreatedAt = now,
                NextAttemptAt = now,
                Correlation = CorrelationPrefix + listing.Id.ToString(CultureInfo.InvariantCulture),
                Action = new OutboundAction
                {
                    Kind = photo is null ? OutboundActionKind.SendText : OutboundActionKind.SendPhoto,
                    ChatId = chatId,
                    PhotoId = photo,
                    IsHtml = true,
                    Text = ListingText.GroupHtml(listing, authorFirstName, quartier, photo is null ? ListingText.MaxMessage : ListingText.MaxCaption),
                    Buttons = ListingText.GroupButtons(listing),
                },
            })
            .ToList();
    }

    /// <summary>One edit per group message of the listing, showing its current status and only the buttons that still apply.</summary>
    public IReadOnlyList<OutboxMessage> Edits(Listing listing, string authorFirstName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var quartier = quartierNames.Of(listing.QuartierId);
        return listing.Broadcasts.Select(b => new OutboxMessage
            {
                Priority = OutboxPriority.Broadcast,
                ChatId = b.ChatId,
                CreatedAt = now,
                NextAttemptAt = now,
                Correlation = EditCorrelationPrefix + listing.Id.ToString(CultureInfo.InvariantCulture),
                Action = new OutboundAction
                {
                    Kind = b.IsPhoto ? OutboundActionKind.EditCaption : OutboundActionKind.EditText,
                    ChatId = b.ChatId,
                    MessageId = b.MessageId,
                    IsHtml = true,
                    Text = ListingText.GroupHtml(listing, authorFirstName, quartier, b.IsPhoto ? ListingText.MaxCaption : ListingText.MaxMessage),
                    Buttons = ListingText.GroupButtons(listing),
                },
            })
            .ToList();
    }
}

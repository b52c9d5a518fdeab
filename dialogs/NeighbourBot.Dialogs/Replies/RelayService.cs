using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Relays;

/// <summary>
/// "Ça m'intéresse" opens a relay between a listing's author and a neighbour; the bot then carries their texts and
/// photos both ways (by the outbox, to each one's private chat), routes a resident's free text to the relay of the
/// message they reply to, else to their most recent one, and lets either side end it, block or report the other.
/// Only first names ever cross.
/// </summary>
public sealed class RelayService(
    IRelayStore relays,
    IListingStore listings,
    IResidentStore residents,
    IOutboxStore outbox,
    ListingManager manager,
    QuartierNames quartierNames,
    IOptions<ListingOptions> options,
    TimeProvider timeProvider,
    ILogger<RelayService> logger)
{
    public const string Prefix = "rl:";
    public const string ReservePayload = "res";
    public const string ReplyPayload = "rep";
    public const string NotNowPayload = "no";
    public const string BlockPayload = "blk";
    public const string ReportPayload = "sig";

    public static string Payload(string action, long relayId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}{action}:{relayId}");

    /// <summary>"Ça m'intéresse" (from the group, answered in private through the outbox so the group is not spammed).</summary>
    public async Task InterestAsync(ITurnContext turnContext, long userId, long listingId, bool inGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var listing = listings.Find(listingId);
        if (listing is null || listing.Status == ListingStatus.Draft)
        {
            logger.LogWarning("Interest of {UserId} in unknown listing {ListingId}", userId, listingId);
            await AnswerAsync(turnContext, userId, ListingManager.NotFound, inGroup, cancellationToken);
            return;
        }

        var resident = residents.Find(userId);
        if (resident is null && inGroup)
        {
            // Never wrote to the bot: Telegram refuses a message the bot would start, so the press itself opens the private
            // chat on this listing (signup first, then the listing).
            logger.LogInformation("Interest of {UserId}, unknown to the bot, in listing {ListingId}: answered with a link to the private chat", userId, listingId);
            var link = Digests.DigestPayload.DeepLink(options.Value.BotUsername, listingId);
            if (link is null)
            {
                GroupPress.Notice(turnContext, RelayMessages.WriteToMeFirst);
            }
            else
            {
                GroupPress.OpenPrivateChat(turnContext, link);
            }

            return;
        }

        if (resident is null || resident.Verification < VerificationLevel.Address || string.IsNullOrEmpty(resident.QuartierId))
        {
            await AnswerAsync(turnContext, userId, RelayMessages.HowToJoin(quartierNames.Of(listing.QuartierId), DeepLink()), inGroup, cancellationToken);
            return;
        }

        if (!string.Equals(resident.QuartierId, listing.QuartierId, StringComparison.Ordinal))
        {
            await AnswerAsync(turnContext, userId, RelayMessages.OtherQuartier(quartierNames.Of(listing.QuartierId)), inGroup, cancellationToken);
            return;
        }

        if (listing.AuthorId == userId)
        {
            await AnswerAsync(turnContext, userId, RelayMessages.OwnListing, inGroup, cancellationToken);
            return;
        }

        var poster = residents.Find(listing.AuthorId);
        var posterName = poster?.FirstName ?? "";
        if (listing.Status == ListingStatus.Reserved)
        {
            await AnswerAsync(turnContext, userId, RelayMessages.AlreadyReserved(listing.Title, listing.Kind), inGroup, cancellationToken);
            return;
        }

        if (listing.Status != ListingStatus.Open || listing.ExpiresAt <= timeProvider.GetUtcNow())
        {
            await AnswerAsync(turnContext, userId, RelayMessages.NotOpen(listing.Title), inGroup, cancellationToken);
            return;
        }

        if (poster is null || relays.IsBlocked(userId, poster.Id))
        {
            logger.LogInformation("Interest of {UserId} in listing {ListingId} refused: author gone or blocked", userId, listingId);
            await AnswerAsync(turnContext, userId, RelayMessages.Unavailable, inGroup, cancellationToken);
            return;
        }

        if (!poster.Reachable)
        {
            await AnswerAsync(turnContext, userId, RelayMessages.Unreachable(posterName), inGroup, cancellationToken);
            return;
        }

        if (relays.ForListingAndNeighbour(listing.Id, userId) is { Status: RelayStatus.Open })
        {
            await AnswerAsync(turnContext, userId, RelayMessages.AlreadyInterested(posterName, listing.Title, listing.Kind), inGroup, cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow();
        var (given, received) = Record(userId);
        var relay = new Relay { ListingId = listing.Id, PosterId = poster.Id, NeighbourId = userId, OpenedAt = now, LastActivityAt = now };
        var neighbourName = resident.FirstName;
        turnContext.Stage(() =>
        {
            // The relay id exists only once saved, and the poster's buttons need it: same unit of work.
            var saved = relays.Save(relay);
            var text = RelayMessages.Interested(neighbourName, listing.Title, listing.Kind, given, received);
            IReadOnlyList<Button> buttons =
            [
                .. RelayMessages.ReserveFor(neighbourName, listing.Kind) is { } reserve ? [new Button(reserve, Payload(ReservePayload, saved.Id))] : Array.Empty<Button>(),
                new(RelayMessages.Reply, Payload(ReplyPayload, saved.Id)),
                new(RelayMessages.NotNow, Payload(NotNowPayload, saved.Id)),
                new(RelayMessages.Block, Payload(BlockPayload, saved.Id)),
                new(RelayMessages.Report, Payload(ReportPayload, saved.Id)),
            ];
            outbox.Enqueue(new BotMessage(text, buttons).ToOutbox(ChatOf(poster), now, RelayCorrelation.Of(saved.Id)));
            if (inGroup)
            {
                IReadOnlyList<Button> neighbourButtons =
                [
                    new(RelayMessages.Block, Payload(BlockPayload, saved.Id)),
                    new(RelayMessages.Report, Payload(ReportPayload, saved.Id)),
                ];
                outbox.Enqueue(new BotMessage(RelayMessages.InterestSent(posterName, listing.Title, listing.Kind), neighbourButtons)
                    .ToOutbox(ChatOf(resident), now, RelayCorrelation.Of(saved.Id)));
            }
        });
        logger.LogInformation("Resident {UserId} is interested in listing {ListingId}; relay opened", userId, listing.Id);
        if (!inGroup)
        {
            await turnContext.SayAsync(RelayMessages.InterestSent(posterName, listing.Title, listing.Kind), cancellationToken);
            return;
        }

        GroupPress.Notice(turnContext, GroupPress.RepliedInPrivate);
    }

    /// <summary>Carries a resident's text or photo to a relay partner; false when they have no open relay.</summary>
    public async Task<bool> ForwardAsync(ITurnContext turnContext, Resident sender, string text, string? photoId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(sender);
        var open = relays.OpenFor(sender.Id);
        if (open.Count == 0)
        {
            return false;
        }

        var (relay, byReply) = Target(turnContext, sender.Id, open);
        var partner = residents.Find(relay.PartnerOf(sender.Id));
        var partnerName = partner?.FirstName ?? "votre voisin";
        var now = timeProvider.GetUtcNow();
        if (partner is null || relays.IsBlocked(sender.Id, partner.Id))
        {
            Close(turnContext, relay, now);
            await turnContext.SayAsync(RelayMessages.RelayClosed, cancellationToken);
            return true;
        }

        if (!partner.Reachable)
        {
            logger.LogInformation("Relay {RelayId}: partner unreachable, message not carried", relay.Id);
            await turnContext.SayAsync(RelayMessages.Unreachable(partnerName), cancellationToken);
            return true;
        }

        var title = listings.Find(relay.ListingId)?.Title ?? "";
        var body = $"{RelayMessages.From(sender.FirstName, title)}\n{text}";
        var chatId = ChatOf(partner);
        var row = photoId is null
            ? new BotMessage(ListingText.Cut(body, ListingText.MaxMessage)).ToOutbox(chatId, now, RelayCorrelation.Of(relay.Id))
            : new OutboxMessage
            {
                Priority = OutboxPriority.Notification,
                ChatId = chatId,
                CreatedAt = now,
                NextAttemptAt = now,
                Correlation = RelayCorrelation.Of(relay.Id),
                Action = new OutboundAction
                {
                    Kind = OutboundActionKind.SendPhoto,
                    ChatId = chatId,
                    PhotoId = photoId,
                    Text = ListingText.Cut(body, ListingText.MaxCaption),
                },
            };
        turnContext.Stage(() =>
        {
            outbox.Enqueue(row);
            Touch(relay.Id, now);
        });
        logger.LogDebug("Relay {RelayId}: message carried", relay.Id);
        var others = open.Where(r => r.Id != relay.Id).Select(r => residents.Find(r.PartnerOf(sender.Id))?.FirstName).OfType<string>().Distinct().ToList();
        var confirmation = RelayMessages.Forwarded(partnerName);
        if (!byReply && others.Count > 0)
        {
            confirmation += $" Pour écrire à {string.Join(" ou ", others)}, répondez à l'un de ses messages.";
        }

        await turnContext.SayAsync(confirmation, cancellationToken);
        return true;
    }

    /// <summary>/fin: ends the relay of the message replied to, else the most recent one; the partner is told.</summary>
    public async Task EndAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var open = relays.OpenFor(userId);
        if (open.Count == 0)
        {
            await turnContext.SayAsync(RelayMessages.NoRelay, cancellationToken);
            return;
        }

        var (relay, _) = Target(turnContext, userId, open);
        await EndAsync(turnContext, userId, relay, cancellationToken);
    }

    /// <summary>An "rl:{action}:{relayId}" press; every action is checked against who pressed.</summary>
    public async Task HandleButtonAsync(ITurnContext turnContext, long userId, string action, long relayId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var relay = relays.Find(relayId);
        if (relay is null || !relay.Involves(userId))
        {
            logger.LogWarning("Resident {UserId} pressed a button of relay {RelayId}, which is not theirs", userId, relayId);
            await turnContext.SayAsync("Ce bouton ne vous concerne pas.", cancellationToken);
            return;
        }

        var partnerId = relay.PartnerOf(userId);
        var partnerName = residents.Find(partnerId)?.FirstName ?? "votre voisin";
        var now = timeProvider.GetUtcNow();
        switch (action)
        {
            case BlockPayload:
                var block = new ResidentBlock(userId, partnerId, now);
                var between = relays.OpenFor(userId).Where(r => r.Involves(partnerId)).ToList();
                turnContext.Stage(() => relays.AddBlock(block));
                foreach (var r in between)
                {
                    Close(turnContext, r, now);
                }

                logger.LogInformation("Resident {UserId} blocked a relay partner (relay {RelayId})", userId, relay.Id);
                await turnContext.SayAsync(RelayMessages.Blocked, cancellationToken);
                return;
            case ReportPayload:
                var report = new RelayReport { ReporterId = userId, ReportedId = partnerId, RelayId = relay.Id, ListingId = relay.ListingId, At = now };
                turnContext.Stage(() => relays.AddReport(report));
                logger.LogInformation("Resident {UserId} reported a relay partner (relay {RelayId})", userId, relay.Id);
                await turnContext.SayAsync(RelayMessages.Reported, cancellationToken);
                return;
        }

        if (relay.Status != RelayStatus.Open)
        {
            await turnContext.SayAsync(RelayMessages.RelayClosed, cancellationToken);
            return;
        }

        switch (action)
        {
            case ReplyPayload:
                turnContext.Stage(() => Touch(relay.Id, now));
                await turnContext.SayAsync(RelayMessages.ReplyTo(partnerName), cancellationToken);
                return;
            case ReservePayload when userId == relay.PosterId:
                if (listings.Find(relay.ListingId) is not { } listing)
                {
                    await turnContext.SayAsync(ListingManager.NotFound, cancellationToken);
                    return;
                }

                await manager.ReserveAsync(turnContext, listing, relay, cancellationToken);
                return;
            case NotNowPayload when userId == relay.PosterId:
                Close(turnContext, relay, now);
                var title = listings.Find(relay.ListingId)?.Title ?? "";
                var posterName = residents.Find(relay.PosterId)?.FirstName ?? "";
                if (residents.Find(relay.NeighbourId) is { } neighbour)
                {
                    var row = new BotMessage(RelayMessages.NotNowReceived(posterName, title)).ToOutbox(ChatOf(neighbour), now, RelayCorrelation.Of(relay.Id));
                    turnContext.Stage(() => outbox.Enqueue(row));
                }

                await turnContext.SayAsync(RelayMessages.NotNowSent(partnerName), cancellationToken);
                return;
            default:
                logger.LogWarning("Resident {UserId} sent relay action {Action} they may not use", userId, action);
                await turnContext.SayAsync(ListingManager.NotYours, cancellationToken);
                return;
        }
    }

    /// <summary>"https://t.me/{bot}?start=inscription" when the bot's username is configured.</summary>
    public string? DeepLink() =>
        string.IsNullOrWhiteSpace(options.Value.BotUsername) ? null : $"https://t.me/{options.Value.BotUsername.TrimStart('@')}?start=inscription";

    private async Task EndAsync(ITurnContext turnContext, long userId, Relay relay, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var partner = residents.Find(relay.PartnerOf(userId));
        var me = residents.Find(userId)?.FirstName ?? "";
        var title = listings.Find(relay.ListingId)?.Title ?? "";
        Close(turnContext, relay, now);
        if (partner is not null)
        {
            var row = new BotMessage(RelayMessages.EndedByPartner(me, title)).ToOutbox(ChatOf(partner), now, RelayCorrelation.Of(relay.Id));
            turnContext.Stage(() => outbox.Enqueue(row));
        }

        await turnContext.SayAsync(RelayMessages.Ended(partner?.FirstName ?? "votre voisin"), cancellationToken);
    }

    private (Relay Relay, bool ByReply) Target(ITurnContext turnContext, long userId, IReadOnlyList<Relay> open)
    {
        if (ReplyToMessageId(turnContext.Activity) is { } messageId
            && Inbound.ChatId(turnContext.Activity) is { } chatId
            && relays.RelayOfMessage(chatId, messageId) is { } relayId
            && open.FirstOrDefault(r => r.Id == relayId) is { } replied)
        {
            return (replied, true);
        }

        return (open.OrderByDescending(r => r.LastActivityAt).ThenByDescending(r => r.Id).First(), false);
    }

    // Both read the relay again at commit: the partner's turn (another chat) may have changed it since this one began.
    private void Close(ITurnContext turnContext, Relay relay, DateTimeOffset now) => turnContext.Stage(() =>
    {
        if (relays.Find(relay.Id) is { Status: RelayStatus.Open } current)
        {
            relays.Save(current with { Status = RelayStatus.Closed, ClosedAt = now });
        }
    });

    private void Touch(long relayId, DateTimeOffset now)
    {
        if (relays.Find(relayId) is { Status: RelayStatus.Open } current)
        {
            relays.Save(current with { LastActivityAt = now });
        }
    }

    private (int Given, int Received) Record(long residentId)
    {
        var authored = listings.ByAuthor(residentId).Where(l => l.Status == ListingStatus.Given).ToList();
        var reserved = listings.ReservedFor(residentId).Where(l => l.Status == ListingStatus.Given).ToList();
        var given = authored.Count(l => !ListingText.IsRequest(l.Kind)) + reserved.Count(l => ListingText.IsRequest(l.Kind));
        var received = authored.Count(l => ListingText.IsRequest(l.Kind)) + reserved.Count(l => !ListingText.IsRequest(l.Kind));
        return (given, received);
    }

    private async Task AnswerAsync(ITurnContext turnContext, long userId, string text, bool inGroup, CancellationToken cancellationToken)
    {
        if (!inGroup)
        {
            await turnContext.SayAsync(text, cancellationToken);
            return;
        }

        var chatId = residents.Find(userId) is { PrivateChatId: not 0 } r ? r.PrivateChatId : userId;
        GroupPress.AnswerInPrivate(turnContext, outbox, chatId, new BotMessage(text), timeProvider.GetUtcNow());
    }

    private static long ChatOf(Resident resident) => resident.PrivateChatId != 0 ? resident.PrivateChatId : resident.Id;

    private static long? ReplyToMessageId(IActivity activity)
    {
        var token = (activity as Activity)?.Properties?[ChannelConventions.ReplyToMessageIdKey];
        return token?.Type switch
        {
            JTokenType.Integer => token.Value<long>(),
            JTokenType.String when long.TryParse(token.Value<string>(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) => id,
            _ => null,
        };
    }
}

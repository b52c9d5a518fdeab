using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Moderation;

/// <summary>
/// Reports and decisions: "🚩 Signaler" asks the reporter for a reason in private, one report per reporter;
/// the first report queues the listing for the quartier's moderators (the operators when it has none);
/// <see cref="ModerationOptions.ReportsToHide"/> distinct reporters hide it in the group until a decision;
/// Masquer / Garder / Bloquer l'auteur are taken once, by someone allowed to; /moderation lists what waits.
/// Every decision, and every automatic hide, goes to the audit log; the author is always told.
/// </summary>
public sealed class ModerationService(
    IModerationStore store,
    IListingStore listings,
    IResidentStore residents,
    IQuartierStore quartiers,
    IRelayStore relays,
    IOutboxStore outbox,
    ModerationDesk desk,
    ListingBroadcaster broadcaster,
    AlertMatcher alertMatcher,
    QuartierNames quartierNames,
    IOptions<ModerationOptions> moderationOptions,
    IOptions<ListingOptions> listingOptions,
    IOptions<BotOptions> botOptions,
    TimeProvider timeProvider,
    ILogger<ModerationService> logger)
{
    /// <summary>Cases shown per page of /moderation.</summary>
    public const int PageSize = 5;

    private static readonly ReportReason[] ReasonButtons = [ReportReason.Scam, ReportReason.Inappropriate, ReportReason.Commercial, ReportReason.Other];

    /// <summary>"🚩 Signaler" under a listing (in the group or in private): the reasons to choose from, in private.</summary>
    public async Task AskReasonAsync(ITurnContext turnContext, long userId, long listingId, bool inGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (listing, refusal) = Reportable(userId, listingId);
        if (listing is null)
        {
            await AnswerAsync(turnContext, userId, new BotMessage(refusal!), inGroup, cancellationToken);
            return;
        }

        var buttons = ReasonButtons.Select(r => new Button(ModerationMessages.ReasonLabel(r), ModerationPayload.Reason(r, listing.Id))).ToList();
        await AnswerAsync(turnContext, userId, new BotMessage(ModerationMessages.AskReason(listing.Title), buttons), inGroup, cancellationToken);
    }

    /// <summary>An "mo:…" press in private: a reporter's reason, a moderator's decision, or a page of the desk.</summary>
    public async Task HandleButtonAsync(ITurnContext turnContext, long userId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(payload);
        if (!ListingPayload.TryRead(payload, ModerationPayload.Prefix, out var action, out var id))
        {
            logger.LogWarning("Malformed moderation payload from {UserId}", userId);
            await turnContext.SayAsync(NeighbourBotHandler.UnreadableButton, cancellationToken);
            return;
        }

        if (ModerationPayload.TryReadReason(action, out var reason))
        {
            await ReportAsync(turnContext, userId, reason, id, cancellationToken);
        }
        else if (ModerationPayload.TryReadDecision(action, out var decision))
        {
            await DecideAsync(turnContext, userId, decision, id, cancellationToken);
        }
        else if (action == ModerationPayload.Page && id <= int.MaxValue)
        {
            await QueueAsync(turnContext, userId, (int)id, cancellationToken);
        }
        else
        {
            logger.LogWarning("Unknown moderation action {Action} from {UserId}", action, userId);
            await turnContext.SayAsync(NeighbourBotHandler.UnreadableButton, cancellationToken);
        }
    }

    /// <summary>/moderation: the pending cases this person may decide, oldest first, a page at a time.</summary>
    public async Task QueueAsync(ITurnContext turnContext, long userId, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var isOperator = botOptions.Value.IsOperator(userId);
        var moderated = quartiers.All().Where(q => q.ModeratorIds.Contains(userId)).Select(q => q.Id).ToList();
        if (!isOperator && moderated.Count == 0)
        {
            logger.LogInformation("User {UserId} asked for the moderation queue without being a moderator", userId);
            await turnContext.SayAsync(ModerationMessages.QueueRefused, cancellationToken);
            return;
        }

        var pending = (isOperator ? store.AllPending() : store.Pending(moderated))
            .Where(c => c.AuthorId != userId)
            .Select(c => (Case: c, Listing: listings.Find(c.ListingId)))
            .Where(p => p.Listing is not null)
            .ToList();
        if (pending.Count == 0)
        {
            await turnContext.SayAsync(ModerationMessages.QueueEmpty, cancellationToken);
            return;
        }

        var pages = (pending.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pages);
        if (page == 1)
        {
            await turnContext.SayAsync(ModerationMessages.QueueHeader(pending.Count), cancellationToken);
        }

        foreach (var (moderationCase, listing) in pending.Skip((page - 1) * PageSize).Take(PageSize))
        {
            await turnContext.SendActivityAsync(desk.Card(moderationCase, listing!).ToActivity(), cancellationToken);
        }

        if (page < pages)
        {
            var more = new BotMessage(
                string.Create(CultureInfo.InvariantCulture, $"Page {page} sur {pages}."),
                [new Button(ModerationMessages.MoreButton, ModerationPayload.PageOf(page + 1))]);
            await turnContext.SendActivityAsync(more.ToActivity(), cancellationToken);
        }
    }

    private async Task ReportAsync(ITurnContext turnContext, long userId, ReportReason reason, long listingId, CancellationToken cancellationToken)
    {
        var (listing, refusal) = Reportable(userId, listingId);
        if (listing is null)
        {
            await turnContext.SayAsync(refusal!, cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow();
        var threshold = Math.Max(1, moderationOptions.Value.ReportsToHide);
        var posterName = residents.Find(listing.AuthorId)?.FirstName ?? "";
        turnContext.Stage(() =>
        {
            // Read again at commit: other residents report the same listing from their own chats, at the same time.
            var current = listings.Find(listing.Id);
            var existing = store.PendingForListing(listing.Id);
            if (current is not { Status: ListingStatus.Open or ListingStatus.Reserved } || existing?.Reports.Any(r => r.ReporterId == userId) == true)
            {
                return;
            }

            var reported = existing ?? new ModerationCase
            {
                ListingId = current.Id,
                QuartierId = current.QuartierId,
                AuthorId = current.AuthorId,
                Origin = ModerationOrigin.Reports,
                StatusBefore = current.Status,
                CreatedAt = now,
            };
            reported = reported with { Reports = [.. reported.Reports, new ListingReport(userId, reason, now)] };
            var hide = reported.HiddenAt is null && reported.Reports.Count >= threshold;
            if (hide)
            {
                reported = reported with { HiddenAt = now, StatusBefore = current.Status };
            }

            var saved = store.Save(reported);
            relays.AddReport(new RelayReport { ReporterId = userId, ListingId = current.Id, At = now });
            if (hide)
            {
                SaveWithEdits(current with { Status = ListingStatus.Hidden, UpdatedAt = now }, posterName, now);
                desk.Record(saved, actorId: 0, ModerationAction.AutoHidden, now);
                TellAuthor(current, ModerationMessages.AutoHiddenToAuthor(current.Title), now);
                logger.LogInformation("Listing {ListingId} hidden after {Count} reports (case {CaseId})", current.Id, saved.Reports.Count, saved.Id);
            }

            if (existing is null || hide)
            {
                desk.Notify(saved, current, now);
            }
        });
        logger.LogInformation("Listing {ListingId} reported by {UserId} ({Reason})", listing.Id, userId, reason);
        await turnContext.SayAsync(ModerationMessages.Reported, cancellationToken);
    }

    private async Task DecideAsync(ITurnContext turnContext, long userId, ModerationDecision decision, long caseId, CancellationToken cancellationToken)
    {
        var moderationCase = store.Find(caseId);
        if (moderationCase is null)
        {
            logger.LogWarning("User {UserId} pressed a decision on unknown moderation case {CaseId}", userId, caseId);
            await turnContext.SayAsync(ModerationMessages.CaseNotFound, cancellationToken);
            return;
        }

        if (userId == moderationCase.AuthorId)
        {
            logger.LogWarning("User {UserId} tried to decide about their own listing (case {CaseId})", userId, caseId);
            await turnContext.SayAsync(ModerationMessages.NotYourOwnCase, cancellationToken);
            return;
        }

        if (!desk.MayDecide(moderationCase, userId))
        {
            logger.LogWarning("User {UserId} tried to decide on moderation case {CaseId} without being a moderator of {QuartierId}", userId, caseId, moderationCase.QuartierId);
            await turnContext.SayAsync(ModerationMessages.Refused(quartierNames.Of(moderationCase.QuartierId)), cancellationToken);
            return;
        }

        if (moderationCase is { IsPending: false, Decision: { } taken })
        {
            await turnContext.SayAsync(ModerationMessages.AlreadyDecided(DeciderName(moderationCase.DecidedBy, userId), taken), cancellationToken);
            return;
        }

        if (listings.Find(moderationCase.ListingId) is not { } listing)
        {
            logger.LogWarning("Moderation case {CaseId} names missing listing {ListingId}", caseId, moderationCase.ListingId);
            await turnContext.SayAsync(ModerationMessages.CaseNotFound, cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow();
        var wasHidden = listing.Status == ListingStatus.Hidden;
        var author = residents.Find(listing.AuthorId);
        var posterName = author?.FirstName ?? "";
        turnContext.Stage(() =>
        {
            // Read again at commit: another moderator may have decided from their own chat in the meantime.
            if (store.Find(moderationCase.Id) is not { IsPending: true } current || listings.Find(listing.Id) is not { } fresh)
            {
                logger.LogInformation("Moderation case {CaseId} was decided by someone else first", moderationCase.Id);
                return;
            }

            var decided = store.Save(current with { Decision = decision, DecidedBy = userId, DecidedAt = now });
            switch (decision)
            {
                case ModerationDecision.Keep when author is null:
                    // The author erased their account meanwhile: nothing of theirs goes back to the group.
                    break;
                case ModerationDecision.Keep when fresh.Status == ListingStatus.Hidden && current.Origin == ModerationOrigin.ScamSignals:
                    PublishHeld(fresh, author, now);
                    break;
                case ModerationDecision.Keep when fresh.Status == ListingStatus.Hidden:
                    SaveWithEdits(fresh with { Status = current.StatusBefore, UpdatedAt = now }, posterName, now);
                    break;
                case ModerationDecision.Hide or ModerationDecision.BlockAuthor when fresh.Status is ListingStatus.Open or ListingStatus.Reserved:
                    SaveWithEdits(fresh with { Status = ListingStatus.Hidden, UpdatedAt = now }, posterName, now);
                    break;
            }

            if (decision == ModerationDecision.BlockAuthor)
            {
                store.BlockAuthor(new AuthorBlock(current.AuthorId, userId, current.Id, now));
            }

            desk.Record(decided, userId, decision switch
            {
                ModerationDecision.Hide => ModerationAction.Hidden,
                ModerationDecision.Keep => ModerationAction.Kept,
                _ => ModerationAction.AuthorBlocked,
            }, now);
            TellAuthor(fresh, ModerationMessages.ToAuthor(decision, current.Origin, wasHidden, fresh.Title), now);
        });
        logger.LogInformation("Moderation case {CaseId} (listing {ListingId}): {Decision} by {UserId}", moderationCase.Id, listing.Id, decision, userId);
        await turnContext.SayAsync(ModerationMessages.Done(decision, moderationCase.Origin, wasHidden), cancellationToken);
    }

    /// <summary>The listing when this person may report it; otherwise why not, in French.</summary>
    private (Listing? Listing, string? Refusal) Reportable(long userId, long listingId)
    {
        var listing = listings.Find(listingId);
        if (listing is null || listing.Status == ListingStatus.Draft)
        {
            logger.LogWarning("Report of {UserId} on unknown listing {ListingId}", userId, listingId);
            return (null, ModerationMessages.NotFound);
        }

        if (listing.Status is not (ListingStatus.Open or ListingStatus.Reserved))
        {
            return (null, ModerationMessages.NoLongerOnline);
        }

        var resident = residents.Find(userId);
        if (resident is null || resident.Verification < VerificationLevel.Address || string.IsNullOrEmpty(resident.QuartierId))
        {
            logger.LogInformation("Report of listing {ListingId} by {UserId}, who is not a resident", listingId, userId);
            return (null, ModerationMessages.NeedsResident);
        }

        if (!string.Equals(resident.QuartierId, listing.QuartierId, StringComparison.Ordinal))
        {
            logger.LogWarning("Report of listing {ListingId} by {UserId}, a resident of another quartier", listingId, userId);
            return (null, ModerationMessages.OtherQuartier(quartierNames.Of(listing.QuartierId)));
        }

        if (listing.AuthorId == userId)
        {
            return (null, ModerationMessages.OwnListing);
        }

        var cases = store.ForListing(listing.Id);
        if (cases.Any(c => c.IsPending && c.Reports.Any(r => r.ReporterId == userId)))
        {
            return (null, ModerationMessages.AlreadyReported);
        }

        // A report a moderator already weighed and kept does not come back to hide the listing again.
        return cases.Any(c => c.Decision == ModerationDecision.Keep && c.Reports.Any(r => r.ReporterId == userId))
            ? (null, ModerationMessages.AlreadyExamined)
            : (listing, null);
    }

    /// <summary>Garder on a listing held before broadcast: published now, as the publisher would have done.</summary>
    private void PublishHeld(Listing held, Resident? author, DateTimeOffset now)
    {
        var options = listingOptions.Value;
        var published = listings.Save(held with
        {
            Status = ListingStatus.Open,
            PublishedAt = now,
            UpdatedAt = now,
            ExpiresAt = now.AddDays(options.ExpiryDays),
        });
        var groups = options.GroupMode == ListingGroupMode.Immediate ? quartiers.Find(published.QuartierId)?.GroupChatIds ?? [] : [];
        foreach (var row in broadcaster.Publish(published, groups, author?.FirstName ?? "", now))
        {
            outbox.Enqueue(row);
        }

        foreach (var alert in alertMatcher.Notifications(published, now))
        {
            outbox.Enqueue(alert);
        }

        if (author is not null)
        {
            outbox.Enqueue(new BotMessage(PostingMessages.Manage(published.Title), ListingManager.ManageButtons(published))
                .ToOutbox(ChatOf(author), now, ListingPublisher.OwnerCorrelationPrefix + published.Id.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Saves the listing and edits its group messages in place; call inside the unit of work.</summary>
    private void SaveWithEdits(Listing changed, string posterName, DateTimeOffset now)
    {
        var saved = listings.Save(changed);
        foreach (var edit in broadcaster.Edits(saved, posterName, now))
        {
            outbox.Enqueue(edit);
        }
    }

    private void TellAuthor(Listing listing, string text, DateTimeOffset now)
    {
        if (residents.Find(listing.AuthorId) is not { } author)
        {
            return;
        }

        outbox.Enqueue(new BotMessage(text).ToOutbox(ChatOf(author), now, ModerationDesk.CorrelationPrefix + "author"));
    }

    private string DeciderName(long? deciderId, long askerId) => deciderId switch
    {
        null => "un autre modérateur",
        var id when id == askerId => "vous-même",
        var id when residents.Find(id.Value)?.FirstName is { Length: > 0 } name => name,
        var id when botOptions.Value.IsOperator(id.Value) => "un opérateur",
        _ => "un autre modérateur",
    };

    private async Task AnswerAsync(ITurnContext turnContext, long userId, BotMessage message, bool inGroup, CancellationToken cancellationToken)
    {
        if (!inGroup)
        {
            await turnContext.SendActivityAsync(message.ToActivity(), cancellationToken);
            return;
        }

        if (residents.Find(userId) is not { } resident)
        {
            // Never wrote to the bot, which may not write first: the press itself carries the answer.
            GroupPress.Notice(turnContext, message.Text);
            return;
        }

        GroupPress.AnswerInPrivate(turnContext, outbox, ChatOf(resident), message, timeProvider.GetUtcNow());
    }

    private static long ChatOf(Resident resident) => resident.PrivateChatId != 0 ? resident.PrivateChatId : resident.Id;
}

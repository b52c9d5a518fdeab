using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>
/// Publishes a previewed draft: a verified resident only, within the daily limit and not twice the same text; the
/// listing and its group broadcasts are written together in the turn's unit of work.
/// </summary>
public sealed class ListingPublisher(
    IListingStore listings,
    IQuartierStore quartiers,
    IOutboxStore outbox,
    ListingBroadcaster broadcaster,
    AlertMatcher alertMatcher,
    SecondFactorService secondFactors,
    ModerationDesk moderation,
    IOptions<ListingOptions> options,
    TimeProvider timeProvider,
    ILogger<ListingPublisher> logger)
{
    /// <summary>Correlation of the poster's "your listing is online" message (not "listing:", which marks group broadcasts).</summary>
    public const string OwnerCorrelationPrefix = "listing-owner:";

    private ListingOptions Options => options.Value;

    public async Task<StepResult> PublishAsync(ITurnContext turnContext, Resident? resident, PostingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(draft);
        if (resident is null || resident.Verification < VerificationLevel.Address || string.IsNullOrEmpty(resident.QuartierId))
        {
            await turnContext.SayAsync(PostingMessages.NoQuartier, cancellationToken);
            return StepResult.Stay;
        }

        if (resident.Verification != VerificationLevel.Verified)
        {
            logger.LogInformation("Resident {ResidentId} tried to publish without a second factor; the draft waits", resident.Id);
            await turnContext.SayAsync(PostingMessages.NotVerified, cancellationToken);
            await secondFactors.OfferAsync(turnContext, cancellationToken);
            return StepResult.Stay;
        }

        if (moderation.IsAuthorBlocked(resident.Id))
        {
            logger.LogInformation("Resident {ResidentId}, blocked by a moderator, tried to publish", resident.Id);
            await turnContext.SayAsync(ModerationMessages.AuthorBlocked, cancellationToken);
            return StepResult.Done;
        }

        var now = timeProvider.GetUtcNow();
        var mine = listings.ByAuthor(resident.Id);
        var duplicateSince = now.AddDays(-Options.DuplicateDays);
        var duplicate = mine.FirstOrDefault(l =>
            l.Status is ListingStatus.Open or ListingStatus.Reserved
            && l.PublishedAt >= duplicateSince
            && l.ExpiresAt > now
            && string.Equals(Fingerprint(l.Text), Fingerprint(draft.Text), StringComparison.Ordinal));
        if (duplicate is not null)
        {
            logger.LogInformation("Resident {ResidentId} published the same text again; pointed to listing {ListingId}", resident.Id, duplicate.Id);
            await turnContext.SendActivityAsync(
                new BotMessage(PostingMessages.Duplicate(duplicate.Title), ListingManager.ManageButtons(duplicate)).ToActivity(), cancellationToken);
            return StepResult.Done;
        }

        if (mine.Count(l => l.PublishedAt > now.AddDays(-1)) >= Options.MaxPerDay)
        {
            logger.LogInformation("Resident {ResidentId} reached the daily listing limit", resident.Id);
            await turnContext.SayAsync(PostingMessages.TooMany(Options.MaxPerDay), cancellationToken);
            return StepResult.Stay;
        }

        var listing = new Listing
        {
            AuthorId = resident.Id,
            QuartierId = resident.QuartierId,
            Kind = draft.Kind,
            Title = draft.Title,
            Items = [.. draft.Items],
            Quantity = draft.Quantity,
            PriceEur = draft.PriceEur,
            When = draft.When,
            WhenStart = draft.WhenStart,
            Category = draft.Category,
            Text = draft.Text,
            MaskedText = draft.MaskedText,
            KeepContacts = draft.KeepContacts,
            PhotoIds = string.IsNullOrEmpty(draft.PhotoId) ? [] : [draft.PhotoId],
            Status = ListingStatus.Open,
            CreatedAt = now,
            PublishedAt = now,
            UpdatedAt = now,
            ExpiresAt = now.AddDays(Options.ExpiryDays),
        };
        if (draft.ScamSignals.Count > 0)
        {
            var signals = draft.ScamSignals.ToList();
            turnContext.Stage(() =>
            {
                // Never broadcast: hidden until a moderator keeps it (the case needs the id, hence the same unit of work).
                var held = listings.Save(listing with { Status = ListingStatus.Hidden });
                moderation.Hold(held, signals, now);
            });
            logger.LogInformation("Resident {ResidentId} published a {Kind} listing with scam signals; held for a moderator", resident.Id, draft.Kind);
            await turnContext.SayAsync(ModerationMessages.HeldForReview, cancellationToken);
            return StepResult.Done;
        }

        var groups = Options.GroupMode == ListingGroupMode.Immediate
            ? quartiers.Find(resident.QuartierId)?.GroupChatIds ?? []
            : [];
        var chatId = resident.PrivateChatId != 0 ? resident.PrivateChatId : resident.Id;
        turnContext.Stage(() =>
        {
            // The id exists only once saved, and the broadcasts need it (correlation, buttons): same unit of work.
            var saved = listings.Save(listing);
            foreach (var row in broadcaster.Publish(saved, groups, resident.FirstName, now))
            {
                outbox.Enqueue(row);
            }

            foreach (var alert in alertMatcher.Notifications(saved, now))
            {
                outbox.Enqueue(alert);
            }

            var manage = new BotMessage(PostingMessages.Manage(saved.Title), ListingManager.ManageButtons(saved))
                .ToOutbox(chatId, now, OwnerCorrelationPrefix + saved.Id.ToString(CultureInfo.InvariantCulture));
            outbox.Enqueue(manage);
        });
        logger.LogInformation("Resident {ResidentId} published a {Kind} listing to {Groups} group(s)", resident.Id, draft.Kind, groups.Count);
        await turnContext.SayAsync(
            Options.GroupMode == ListingGroupMode.DigestOnly ? PostingMessages.PublishedDigestOnly : PostingMessages.Published(groups.Count, listing.Kind),
            cancellationToken);
        return StepResult.Done;
    }

    private static string Fingerprint(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

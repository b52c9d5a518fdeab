using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Community;

/// <summary>
/// Everything about listings that falls due with time, done once per run at the current time: the day-before
/// reminder to the poster, expiry of open listings (the group message edited, never deleted), and the question
/// to the poster of a reserved listing that reached its term (it stays reserved). A run after downtime handles
/// what is overdue once: an expired listing gets no late reminder, and every question is remembered on the listing.
/// </summary>
public sealed class CommunityJobs(
    IListingStore listings,
    IQuartierStore quartiers,
    IResidentStore residents,
    IOutboxStore outbox,
    ListingBroadcaster broadcaster,
    IUnitOfWorkFactory unitOfWorkFactory,
    IOptions<ListingOptions> options,
    TimeProvider timeProvider,
    ILogger<CommunityJobs> logger)
{
    /// <summary>How long before expiry the poster is asked whether the listing is still on.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    /// <summary>Correlation of the poster's expiry messages (not "listing:", which marks group broadcasts).</summary>
    public const string CorrelationPrefix = "listing-expiry:";

    private enum Due
    {
        Nothing,
        Reminder,
        Expiry,
        ReservedQuestion,
    }

    /// <summary>Does everything due at <see cref="TimeProvider.GetUtcNow"/>; each listing in its own unit of work.</summary>
    public Task<CommunityRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        int reminders = 0, expired = 0, asked = 0;
        var candidates = quartiers.All()
            .SelectMany(q => listings.InQuartier(q.Id, ListingStatus.Open).Concat(listings.InQuartier(q.Id, ListingStatus.Reserved)))
            .Where(l => l.ExpiresAt is not null)
            .OrderBy(l => l.ExpiresAt)
            .ThenBy(l => l.Id)
            .ToList();
        foreach (var listing in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = DueOf(listing, now);
            if (due == Due.Nothing)
            {
                continue;
            }

            try
            {
                if (!Handle(listing, due, now))
                {
                    continue;
                }

                switch (due)
                {
                    case Due.Reminder:
                        reminders++;
                        break;
                    case Due.Expiry:
                        expired++;
                        break;
                    default:
                        asked++;
                        break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One listing that cannot be written must not hold back the others; it is retried at the next run.
                logger.LogError(e, "Expiry work on listing {ListingId} failed", listing.Id);
            }
        }

        if (reminders + expired + asked > 0)
        {
            logger.LogInformation(
                "Listings over time: {Reminders} reminder(s), {Expired} expired, {Asked} reserved listing(s) asked about", reminders, expired, asked);
        }

        return Task.FromResult(new CommunityRun(reminders, expired, asked));
    }

    /// <summary>The poster's buttons about an expiring listing.</summary>
    public static IReadOnlyList<Button> ExpiryButtons(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var extend = new Button(
            listing.Status == ListingStatus.Reserved ? CommunityMessages.StillHeld(listing.Kind) : CommunityMessages.StillAvailable,
            ListingPayload.Of(CommunityPayload.Extend, listing.Id));
        var done = new Button(CommunityMessages.DoneButton(listing.Kind), ListingPayload.Of(ListingPayload.Given, listing.Id));
        var withdraw = new Button(CommunityMessages.Remove, ListingPayload.Of(ListingPayload.Withdraw, listing.Id));
        return listing.Status == ListingStatus.Reserved
            ? [extend, done, new Button(ListingText.UnreserveLabel(listing.Kind), ListingPayload.Of(ListingPayload.Unreserve, listing.Id)), withdraw]
            : [extend, done, withdraw];
    }

    private static Due DueOf(Listing listing, DateTimeOffset now)
    {
        var expiresAt = listing.ExpiresAt!.Value;
        var asked = listing.ExpiryReminderSentAt;
        if (now >= expiresAt)
        {
            if (listing.Status == ListingStatus.Open)
            {
                // Reserved at its term, then the reservation was cancelled: the poster just put it back on offer,
                // so it gets a day's grace instead of vanishing at the next run.
                return asked is { } at && at >= expiresAt && now < at + ReminderLead ? Due.Nothing : Due.Expiry;
            }

            return asked is null || asked < expiresAt ? Due.ReservedQuestion : Due.Nothing;
        }

        return now >= expiresAt - ReminderLead && (asked is null || asked < expiresAt - ReminderLead) ? Due.Reminder : Due.Nothing;
    }

    private bool Handle(Listing listing, Due due, DateTimeOffset now)
    {
        var author = residents.Find(listing.AuthorId);
        var chatId = author is { PrivateChatId: not 0 } ? author.PrivateChatId : listing.AuthorId;
        var posterName = author?.FirstName ?? "";
        var days = options.Value.ExpiryDays;
        var changed = due == Due.Expiry
            ? listing with { Status = ListingStatus.Expired, UpdatedAt = now }
            : listing with { ExpiryReminderSentAt = now };
        var text = due switch
        {
            Due.Reminder => CommunityMessages.Reminder(listing.Title, days),
            Due.Expiry => CommunityMessages.Expired(listing.Title),
            _ => CommunityMessages.ReservedAtExpiry(listing.Title, days, listing.Kind),
        };
        var message = new BotMessage(text, due == Due.Expiry ? [] : ExpiryButtons(listing))
            .ToOutbox(chatId, now, CorrelationPrefix + listing.Id.ToString(CultureInfo.InvariantCulture));
        var done = false;
        var unitOfWork = unitOfWorkFactory.Begin();
        using (UnitOfWorkScope.Begin(unitOfWork))
        {
            unitOfWork.Stage(() =>
            {
                // The poster may have pressed a button (or the observer recorded a broadcast) since the list was read.
                var current = listings.Find(listing.Id);
                if (current is null
                    || current.Status != listing.Status
                    || current.ExpiresAt != listing.ExpiresAt
                    || current.ExpiryReminderSentAt != listing.ExpiryReminderSentAt)
                {
                    return;
                }

                var merged = changed with { Broadcasts = current.Broadcasts };
                listings.Save(merged);
                if (due == Due.Expiry)
                {
                    foreach (var edit in broadcaster.Edits(merged, posterName, now))
                    {
                        outbox.Enqueue(edit);
                    }
                }

                outbox.Enqueue(message);
                done = true;
            });
            unitOfWork.Commit();
        }

        if (done)
        {
            logger.LogInformation("Listing {ListingId}: {Due}", listing.Id, due);
        }

        return done;
    }
}

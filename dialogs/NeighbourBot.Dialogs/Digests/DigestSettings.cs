using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// /resume and the buttons of digests: how often (jamais, chaque jour, chaque semaine), at what hour and of which kinds,
/// each changed in one tap; and a listing opened in private from a digest button or a group digest's deep link.
/// </summary>
public sealed class DigestSettings(
    IResidentStore residents,
    IListingStore listings,
    IDigestStore marks,
    DigestJobs jobs,
    QuartierNames quartierNames,
    TimeProvider timeProvider,
    ILogger<DigestSettings> logger)
{
    /// <summary>The hours offered as buttons (any hour 0–23 is accepted from a payload).</summary>
    public static readonly IReadOnlyList<int> OfferedHours = [8, 12, 18, 21];

    private static readonly IReadOnlyList<DigestSection> ChoosableSections =
        [.. Enum.GetValues<DigestSection>().Where(s => s != DigestSection.Other)];

    public async Task ShowMenuAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Resident(userId) is not { } resident)
        {
            await turnContext.SayAsync(DigestMessages.NeedsSignup, cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(Menu(resident.Digest, ""), cancellationToken);
    }

    /// <summary>Handles a "dg:" button; false when the payload is not one of ours.</summary>
    public async Task<bool> HandleButtonAsync(ITurnContext turnContext, long userId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!DigestPayload.TryRead(payload, out var action, out var value))
        {
            return false;
        }

        if (action == DigestPayload.Show)
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var listingId) || listingId <= 0)
            {
                return false;
            }

            await ShowListingAsync(turnContext, userId, listingId, cancellationToken);
            return true;
        }

        if (action == DigestPayload.Menu)
        {
            await ShowMenuAsync(turnContext, userId, cancellationToken);
            return true;
        }

        if (Change(action, value) is not { } change)
        {
            return false;
        }

        if (Resident(userId) is not { } resident)
        {
            await turnContext.SayAsync(DigestMessages.NeedsSignup, cancellationToken);
            return true;
        }

        var preference = change(resident.Digest);
        var now = timeProvider.GetUtcNow();
        turnContext.Stage(() =>
        {
            // Read again inside the unit of work: another turn of this resident may have written since.
            if (residents.Find(userId) is not { } current)
            {
                return;
            }

            var updated = current with { Digest = change(current.Digest), UpdatedAt = now };
            residents.Upsert(updated);
            var next = jobs.Schedule.NextPrivateSlot(updated.Id, updated.Digest, now);
            marks.Save(marks.Find(userId) is { } mark ? mark with { NextDueAt = next } : jobs.FirstMark(updated, now));
        });
        logger.LogInformation("Resident {ResidentId} set their digest to {Frequency} at {Hour} h", userId, preference.Frequency, preference.Hour);
        await turnContext.SendActivityAsync(Menu(preference, "C'est noté. "), cancellationToken);
        return true;
    }

    /// <summary>Shows a listing in private with its buttons, to a resident of its quartier.</summary>
    public async Task ShowListingAsync(ITurnContext turnContext, long userId, long listingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var resident = Resident(userId);
        if (resident is null)
        {
            await turnContext.SayAsync(DigestMessages.NotResident, cancellationToken);
            return;
        }

        var listing = listings.Find(listingId);
        if (listing is null || listing.Status == ListingStatus.Draft)
        {
            logger.LogInformation("Resident {ResidentId} opened listing {ListingId}, which does not exist", userId, listingId);
            await turnContext.SayAsync(DigestMessages.ListingGone, cancellationToken);
            return;
        }

        if (!string.Equals(listing.QuartierId, resident.QuartierId, StringComparison.Ordinal))
        {
            logger.LogInformation("Resident {ResidentId} opened listing {ListingId} of another quartier", userId, listingId);
            await turnContext.SayAsync(DigestMessages.OtherQuartier, cancellationToken);
            return;
        }

        if (listing.Status is not (ListingStatus.Open or ListingStatus.Reserved))
        {
            await turnContext.SayAsync(DigestMessages.ListingClosed, cancellationToken);
            return;
        }

        var author = residents.Find(listing.AuthorId)?.FirstName ?? "";
        var activity = Replies.Text(ListingText.GroupHtml(listing, author, quartierNames.Of(listing.QuartierId), ListingText.MaxMessage));
        activity.TextFormat = ChannelConventions.HtmlTextFormat;
        var buttons = ListingText.GroupButtons(listing).SelectMany(row => row).ToList();
        if (buttons.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = buttons.Select(b => new CardAction(ActionTypes.PostBack, b.Text, value: b.Data)).ToList(),
            };
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private static Func<DigestPreference, DigestPreference>? Change(string action, string value)
    {
        var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return action switch
        {
            DigestPayload.Frequency when number is { } f && Enum.IsDefined((DigestFrequency)f) => p => p with { Frequency = (DigestFrequency)f },
            DigestPayload.Hour when number is >= 0 and <= 23 => p => p with { Hour = number.Value },
            DigestPayload.Section when value == DigestPayload.AllSections => p => p with { Kinds = [] },
            DigestPayload.Section when number is { } s && Enum.IsDefined((DigestSection)s) => p => Toggle(p, (DigestSection)s),
            _ => null,
        };
    }

    private static DigestPreference Toggle(DigestPreference preference, DigestSection section)
    {
        var chosen = SectionsOf(preference).ToList();
        if (!chosen.Remove(section))
        {
            chosen.Add(section);
        }

        // Every heading chosen is the same as no filter.
        var kinds = chosen.Count == ChoosableSections.Count ? [] : chosen.SelectMany(DigestSections.Kinds).Distinct().Order().ToList();
        return preference with { Kinds = kinds };
    }

    private static List<DigestSection> SectionsOf(DigestPreference preference) =>
        preference.Kinds.Count == 0
            ? []
            : preference.Kinds.Select(DigestSections.Of).Distinct().Where(s => s != DigestSection.Other).Order().ToList();

    private static Activity Menu(DigestPreference preference, string lead)
    {
        var sections = SectionsOf(preference);
        var activity = Replies.Text(lead + DigestMessages.Menu(preference, sections));
        static string Mark(bool on, string label) => on ? "✓ " + label : label;
        var actions = new List<CardAction>();
        foreach (var frequency in new[] { DigestFrequency.Never, DigestFrequency.Daily, DigestFrequency.Weekly })
        {
            actions.Add(new CardAction(
                ActionTypes.PostBack, Mark(preference.Frequency == frequency, DigestMessages.FrequencyLabel(frequency)), value: DigestPayload.Of(DigestPayload.Frequency, (long)frequency)));
        }

        foreach (var hour in OfferedHours)
        {
            actions.Add(new CardAction(ActionTypes.PostBack, Mark(preference.Hour == hour, DigestMessages.HourButton(hour)), value: DigestPayload.Of(DigestPayload.Hour, hour)));
        }

        foreach (var section in ChoosableSections)
        {
            actions.Add(new CardAction(
                ActionTypes.PostBack, Mark(sections.Contains(section), DigestSections.Heading(section)), value: DigestPayload.Of(DigestPayload.Section, (long)section)));
        }

        actions.Add(new CardAction(ActionTypes.PostBack, Mark(sections.Count == 0, DigestMessages.AllKinds), value: DigestPayload.Of(DigestPayload.Section, DigestPayload.AllSections)));
        activity.SuggestedActions = new SuggestedActions { Actions = actions };
        return activity;
    }

    private Resident? Resident(long userId) =>
        residents.Find(userId) is { Verification: >= VerificationLevel.Address, QuartierId: { Length: > 0 } } resident ? resident : null;
}

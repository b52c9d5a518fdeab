using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Alerts;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Community;

/// <summary>/alerte: create an alert in my quartier, list mine with a delete button each (at most <see cref="MaxPerResident"/>).</summary>
public sealed class AlertService(IAlertStore alerts, IResidentStore residents, TimeProvider timeProvider, ILogger<AlertService> logger)
{
    public const int MaxPerResident = 10;

    public async Task HandleCommandAsync(ITurnContext turnContext, long userId, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(argument);
        if (residents.Find(userId) is not { Verification: >= VerificationLevel.Address, QuartierId: { Length: > 0 } quartierId })
        {
            await turnContext.SayAsync(CommunityMessages.NeedsQuartier, cancellationToken);
            return;
        }

        var mine = alerts.ByResident(userId);
        if (argument.Trim().Length == 0)
        {
            await ListAsync(turnContext, mine, cancellationToken);
            return;
        }

        var words = SearchWords.Of(argument);
        if (words.Count == 0)
        {
            await turnContext.SayAsync(CommunityMessages.SearchHowTo.Replace("/cherche", "/alerte", StringComparison.Ordinal), cancellationToken);
            return;
        }

        if (!ListingSearch.Fits(words))
        {
            await turnContext.SayAsync(CommunityMessages.TooLong, cancellationToken);
            return;
        }

        var query = ListingText.Cut(argument.Trim(), ListingSearch.MaxQueryShown);
        if (mine.FirstOrDefault(a => a.Words.Order(StringComparer.Ordinal).SequenceEqual(words.Order(StringComparer.Ordinal))) is { } same)
        {
            await turnContext.SayAsync(CommunityMessages.AlertExists(same.Query), cancellationToken);
            return;
        }

        if (mine.Count >= MaxPerResident)
        {
            logger.LogInformation("Resident {UserId} reached the alert limit", userId);
            await turnContext.SayAsync(CommunityMessages.AlertLimit(MaxPerResident), cancellationToken);
            return;
        }

        var alert = new Alert { ResidentId = userId, QuartierId = quartierId, Query = query, Words = words, CreatedAt = timeProvider.GetUtcNow() };
        turnContext.Stage(() => alerts.Save(alert));
        logger.LogInformation("Resident {UserId} created an alert", userId);
        await turnContext.SayAsync(CommunityMessages.AlertCreated(query), cancellationToken);
    }

    /// <summary>An "al:{action}:{id}" press; only delete exists.</summary>
    public async Task HandleButtonAsync(ITurnContext turnContext, long userId, string action, long alertId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var alert = alerts.Find(alertId);
        if (action != CommunityPayload.DeleteAlert || alert is null || alert.ResidentId != userId)
        {
            if (alert is not null && alert.ResidentId != userId)
            {
                logger.LogWarning("Resident {UserId} pressed a button of alert {AlertId}, which is not theirs", userId, alertId);
            }

            await turnContext.SayAsync(CommunityMessages.AlertNotFound, cancellationToken);
            return;
        }

        turnContext.Stage(() => alerts.Delete(alert.Id));
        logger.LogInformation("Resident {UserId} deleted alert {AlertId}", userId, alert.Id);
        await turnContext.SayAsync(CommunityMessages.AlertDeleted(alert.Query), cancellationToken);
    }

    public static string DeletePayload(long alertId) =>
        string.Create(CultureInfo.InvariantCulture, $"{CommunityPayload.AlertPrefix}{CommunityPayload.DeleteAlert}:{alertId}");

    private static async Task ListAsync(ITurnContext turnContext, IReadOnlyList<Alert> mine, CancellationToken cancellationToken)
    {
        if (mine.Count == 0)
        {
            await turnContext.SayAsync(CommunityMessages.NoAlerts, cancellationToken);
            return;
        }

        var buttons = mine.Select(a => new Button("🗑 " + ListingText.Cut(a.Query, 40), DeletePayload(a.Id))).ToList();
        await turnContext.SendActivityAsync(new BotMessage(CommunityMessages.AlertList(mine.Count), buttons).ToActivity(), cancellationToken);
    }
}

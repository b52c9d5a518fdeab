using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Stats;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Account;

/// <summary>/stats in an operator's private chat: the same figures and text as the <c>stats</c> verb.</summary>
public sealed class OperatorStats(ICommunityStats stats, IOptions<BotOptions> options, ILogger<OperatorStats> logger)
{
    public const string Refusal = "Désolé, les chiffres de /stats sont réservés aux personnes qui font tourner NeighbourBot.";

    public async Task HandleAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!options.Value.IsOperator(userId))
        {
            logger.LogInformation("Resident {UserId} asked for the operators' figures", userId);
            await turnContext.SayAsync(Refusal, cancellationToken);
            return;
        }

        var report = CommunityReport.Render(stats.Compute()).TrimEnd();
        foreach (var part in AccountService.Split(report, AccountService.MaxMessage))
        {
            await turnContext.SayAsync(part, cancellationToken);
        }
    }
}

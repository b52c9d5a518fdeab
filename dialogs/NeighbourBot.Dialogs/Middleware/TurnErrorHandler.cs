using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Middleware;

/// <summary>The adapter's OnTurnError: logs the fault, apologises in French and clears the broken conversation state.</summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger)
{
    public const string Apology =
        "Désolé, quelque chose s'est mal passé de mon côté. J'ai remis notre échange à zéro : tapez /start pour reprendre.";

    /// <summary>Matches <c>BotAdapter.OnTurnError</c>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        logger.LogError(
            exception,
            "Turn failed in conversation {ConversationId} ({ActivityType})",
            turnContext.Activity?.Conversation?.Id,
            turnContext.Activity?.Type);
        try
        {
            await conversationState.DeleteAsync(turnContext, CancellationToken.None);
        }
        catch (Exception clearFailure)
        {
            logger.LogError(clearFailure, "Could not clear the conversation state after a failed turn");
        }

        if (turnContext.Activity is not null && Inbound.IsPrivate(turnContext.Activity))
        {
            try
            {
                await turnContext.SendActivityAsync(Replies.Text(Apology), CancellationToken.None);
            }
            catch (Exception sendFailure)
            {
                logger.LogError(sendFailure, "Could not send the apology after a failed turn");
            }
        }
    }
}

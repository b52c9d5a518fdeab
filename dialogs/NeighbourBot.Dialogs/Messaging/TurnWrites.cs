using Microsoft.Bot.Builder;
using NeighbourBot.Core.Storage;

namespace NeighbourBot.Dialogs.Messaging;

/// <summary>Stages store writes into the turn's unit of work (committed once, at the end of the turn).</summary>
public static class TurnWrites
{
    /// <summary>The turn's unit of work, from TurnState or the ambient scope.</summary>
    public static IUnitOfWork UnitOfWork(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<IUnitOfWork>()
            ?? UnitOfWorkScope.Current
            ?? throw new InvalidOperationException("No unit of work: add UnitOfWorkMiddleware to the adapter.");
    }

    public static void Stage(this ITurnContext turnContext, Action write) => turnContext.UnitOfWork().Stage(write);
}

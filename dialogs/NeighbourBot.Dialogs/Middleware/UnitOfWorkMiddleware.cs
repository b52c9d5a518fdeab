using Microsoft.Bot.Builder;
using NeighbourBot.Core.Storage;

namespace NeighbourBot.Dialogs.Middleware;

/// <summary>
/// Gives each turn one unit of work (in TurnState and the ambient <see cref="UnitOfWorkScope"/>) and commits
/// it after the rest of the pipeline, so state saved by AutoSaveStateMiddleware (registered after this one)
/// joins the same commit. A turn that throws commits nothing. When the channel adapter already opened the
/// turn's unit (the Telegram adapter does, to commit the handled update id with the turn), this middleware
/// joins it and leaves the commit to the adapter.
/// </summary>
public sealed class UnitOfWorkMiddleware(IUnitOfWorkFactory factory) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.TurnState.Get<IUnitOfWork>() is not null)
        {
            await next(cancellationToken);
            return;
        }

        var unitOfWork = factory.Begin();
        turnContext.TurnState.Set(unitOfWork);
        using (UnitOfWorkScope.Begin(unitOfWork))
        {
            await next(cancellationToken);

            // Synchronous on purpose: a LiteDB transaction never spans an await.
            unitOfWork.Commit();
        }
    }
}

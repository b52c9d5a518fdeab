using Microsoft.Bot.Builder;
using NeighbourBot.Core.Storage;

namespace NeighbourBot.Dialogs.Middleware;

/// <summary>
/// Gives each turn one unit of work (in TurnState and the ambient <see cref="UnitOfWorkScope"/>) and commits
/// it after the rest of the pipeline, so state saved by AutoSaveStateMiddleware (registered after this one)
/// joins the same commit. A turn that throws commits nothing.
/// </summary>
public sealed class UnitOfWorkMiddleware(IUnitOfWorkFactory factory) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
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

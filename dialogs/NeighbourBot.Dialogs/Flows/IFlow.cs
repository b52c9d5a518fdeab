using Microsoft.Bot.Builder;

namespace NeighbourBot.Dialogs.Flows;

/// <summary>A multi-turn conversation driven by <see cref="FlowRunner"/>.</summary>
public interface IFlow
{
    string Name { get; }

    /// <summary>Creates a fresh draft and asks the first question.</summary>
    Task StartAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    /// <summary>Asks the pending question again (e.g. after /start). False when there is no draft.</summary>
    Task<bool> ResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    /// <summary>Gives the answer to the pending step; returns false once the flow is finished.</summary>
    Task<bool> ContinueAsync(ITurnContext turnContext, FlowInput input, CancellationToken cancellationToken);

    /// <summary>Drops the draft.</summary>
    Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

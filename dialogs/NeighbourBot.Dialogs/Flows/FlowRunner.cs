using Microsoft.Bot.Builder;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Flows;

/// <summary>Starts, resumes, continues and cancels the conversation's one active flow.</summary>
public sealed class FlowRunner
{
    private readonly IStatePropertyAccessor<ActiveFlow> _active;
    private readonly Dictionary<string, IFlow> _flows;

    public FlowRunner(ConversationState conversationState, IEnumerable<IFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _active = conversationState.CreateProperty<ActiveFlow>("activeFlow");
        _flows = flows.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The name of the active flow, or null.</summary>
    public async Task<string?> ActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var active = await _active.GetAsync(turnContext, cancellationToken: cancellationToken);
        return active is not null && _flows.ContainsKey(active.Name) ? active.Name : null;
    }

    /// <summary>Starts <paramref name="name"/> afresh, dropping any other flow's draft.</summary>
    public async Task StartAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        await ClearActiveAsync(turnContext, cancellationToken);
        await _active.SetAsync(turnContext, new ActiveFlow { Name = name }, cancellationToken);
        await _flows[name].StartAsync(turnContext, cancellationToken);
    }

    /// <summary>Asks the active flow's pending question again; false when no flow is active.</summary>
    public async Task<bool> ResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var name = await ActiveAsync(turnContext, cancellationToken);
        if (name is null)
        {
            return false;
        }

        if (await _flows[name].ResumeAsync(turnContext, cancellationToken))
        {
            return true;
        }

        await _active.DeleteAsync(turnContext, cancellationToken);
        return false;
    }

    /// <summary>Hands the input to the active flow; false when no flow is active (the caller handles it).</summary>
    public async Task<bool> ContinueAsync(ITurnContext turnContext, FlowInput input, CancellationToken cancellationToken)
    {
        var name = await ActiveAsync(turnContext, cancellationToken);
        if (name is null)
        {
            return false;
        }

        var stillRunning = await _flows[name].ContinueAsync(turnContext, input, cancellationToken);
        if (!stillRunning && string.Equals(await ActiveAsync(turnContext, cancellationToken), name, StringComparison.Ordinal))
        {
            await _active.DeleteAsync(turnContext, cancellationToken);
        }

        return true;
    }

    /// <summary>/annuler: drops the active flow's draft and says so politely.</summary>
    public async Task CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cleared = await ClearActiveAsync(turnContext, cancellationToken);
        var text = cleared
            ? "C'est annulé. Tapez /start quand vous voulez reprendre."
            : "Il n'y a rien en cours à annuler. Tapez /aide pour voir ce que je sais faire.";
        await turnContext.SendActivityAsync(Replies.Text(text), cancellationToken);
    }

    private async Task<bool> ClearActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var name = await ActiveAsync(turnContext, cancellationToken);
        await _active.DeleteAsync(turnContext, cancellationToken);
        if (name is null)
        {
            return false;
        }

        await _flows[name].ClearAsync(turnContext, cancellationToken);
        return true;
    }
}

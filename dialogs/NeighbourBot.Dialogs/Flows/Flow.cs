using Microsoft.Bot.Builder;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Flows;

/// <summary>
/// A flow as a sequence of steps whose draft lives in ConversationState: a step prompts, then accepts the
/// answer, asks again with a hint, or moves on. Steps are looked up by id so a flow may branch.
/// </summary>
public abstract class Flow<TDraft> : IFlow
    where TDraft : FlowDraft, new()
{
    private readonly IStatePropertyAccessor<TDraft> _draft;
    private IReadOnlyList<FlowStep<TDraft>>? _steps;

    protected Flow(ConversationState conversationState, string name)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        Name = name;
        _draft = conversationState.CreateProperty<TDraft>("flow." + name);
    }

    public string Name { get; }

    private IReadOnlyList<FlowStep<TDraft>> Steps => _steps ??= DefineSteps();

    /// <summary>The steps in their natural order (<see cref="StepResult.Next"/> follows it).</summary>
    protected abstract IReadOnlyList<FlowStep<TDraft>> DefineSteps();

    /// <summary>Fills a fresh draft (e.g. from what is already known) and names the first step to ask.</summary>
    protected virtual Task<string> BeginAsync(ITurnContext turnContext, TDraft draft, CancellationToken cancellationToken) =>
        Task.FromResult(Steps[0].Id);

    /// <summary>Said once when the flow starts, before the first prompt.</summary>
    protected virtual Task IntroduceAsync(ITurnContext turnContext, TDraft draft, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task StartAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var draft = new TDraft();
        draft.Step = await BeginAsync(turnContext, draft, cancellationToken);
        await _draft.SetAsync(turnContext, draft, cancellationToken);
        await IntroduceAsync(turnContext, draft, cancellationToken);
        await Find(draft.Step).Prompt(turnContext, draft, cancellationToken);
    }

    public async Task<bool> ResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var draft = await _draft.GetAsync(turnContext, cancellationToken: cancellationToken);
        if (draft is null || string.IsNullOrEmpty(draft.Step))
        {
            return false;
        }

        await Find(draft.Step).Prompt(turnContext, draft, cancellationToken);
        return true;
    }

    public async Task<bool> ContinueAsync(ITurnContext turnContext, FlowInput input, CancellationToken cancellationToken)
    {
        var draft = await _draft.GetAsync(turnContext, cancellationToken: cancellationToken);
        if (draft is null || string.IsNullOrEmpty(draft.Step))
        {
            return false;
        }

        var result = await AcceptAsync(turnContext, draft, draft.Step, input, cancellationToken);
        return await ApplyAsync(turnContext, draft, result, cancellationToken);
    }

    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _draft.DeleteAsync(turnContext, cancellationToken);

    /// <summary>Lets a step hand the same input to another step (e.g. a typed address on a button step).</summary>
    protected Task<StepResult> AcceptAsync(
        ITurnContext turnContext, TDraft draft, string step, FlowInput input, CancellationToken cancellationToken)
    {
        draft.Step = step;
        return Find(step).Accept(turnContext, draft, input, cancellationToken);
    }

    private async Task<bool> ApplyAsync(ITurnContext turnContext, TDraft draft, StepResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case StepOutcome.Done:
                await ClearAsync(turnContext, cancellationToken);
                return false;
            case StepOutcome.Stay:
                return true;
            case StepOutcome.Retry:
                await turnContext.SendActivityAsync(Replies.Text(result.Hint ?? ""), cancellationToken);
                if (result.RepeatPrompt)
                {
                    await Find(draft.Step).Prompt(turnContext, draft, cancellationToken);
                }

                return true;
            case StepOutcome.GoTo:
                if (!string.IsNullOrEmpty(result.Hint))
                {
                    await turnContext.SendActivityAsync(Replies.Text(result.Hint), cancellationToken);
                }

                draft.Step = result.Step ?? throw new InvalidOperationException("GoTo without a step.");
                if (result.SkipPrompt)
                {
                    return true;
                }

                break;
            default:
                var index = IndexOf(draft.Step);
                if (index + 1 >= Steps.Count)
                {
                    await ClearAsync(turnContext, cancellationToken);
                    return false;
                }

                draft.Step = Steps[index + 1].Id;
                break;
        }

        await Find(draft.Step).Prompt(turnContext, draft, cancellationToken);
        return true;
    }

    private FlowStep<TDraft> Find(string id) => Steps[IndexOf(id)];

    private int IndexOf(string id)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (string.Equals(Steps[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Flow {Name} has no step '{id}'.");
    }
}

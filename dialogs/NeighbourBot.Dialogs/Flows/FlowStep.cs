using Microsoft.Bot.Builder;

namespace NeighbourBot.Dialogs.Flows;

/// <summary>One question of a flow: how to ask it, and how to take the answer.</summary>
public sealed record FlowStep<TDraft>(
    string Id,
    Func<ITurnContext, TDraft, CancellationToken, Task> Prompt,
    Func<ITurnContext, TDraft, FlowInput, CancellationToken, Task<StepResult>> Accept)
    where TDraft : FlowDraft;

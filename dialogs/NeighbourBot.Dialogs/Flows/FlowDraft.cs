namespace NeighbourBot.Dialogs.Flows;

/// <summary>Base of every flow's draft: the step waiting for an answer. Drafts are plain JSON-serialisable classes.</summary>
public abstract class FlowDraft
{
    public string Step { get; set; } = "";
}

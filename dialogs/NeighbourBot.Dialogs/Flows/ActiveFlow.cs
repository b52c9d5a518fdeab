namespace NeighbourBot.Dialogs.Flows;

/// <summary>Which flow, if any, the conversation is in (kept in ConversationState).</summary>
public sealed class ActiveFlow
{
    public string Name { get; set; } = "";
}

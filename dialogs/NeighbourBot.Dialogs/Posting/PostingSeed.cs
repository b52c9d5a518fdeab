namespace NeighbourBot.Dialogs.Posting;

/// <summary>What the resident sent that starts a posting (handed to the flow through TurnState).</summary>
public sealed record PostingSeed(string Text, string? PhotoId);

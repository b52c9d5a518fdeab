using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Flows;

namespace NeighbourBot.Dialogs.Account;

/// <summary>/demenager's progress in ConversationState: nothing is written until the resident confirms the move.</summary>
public sealed class MoveDraft : FlowDraft
{
    /// <summary>The new address as last typed.</summary>
    public string TypedAddress { get; set; } = "";

    /// <summary>Confirm: one; Choose: up to five; number step: the street.</summary>
    public List<ResidentAddress> Candidates { get; set; } = [];

    public int FailedTries { get; set; }

    /// <summary>The quartier the confirmed address falls in.</summary>
    public string QuartierId { get; set; } = "";
}

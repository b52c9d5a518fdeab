using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Flows;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>The signup flow's progress in ConversationState (plain JSON-serialisable class).</summary>
public sealed class SignupDraft : FlowDraft
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>The address as last typed (kept with the geocoded one, and shown to a verifying moderator).</summary>
    public string TypedAddress { get; set; } = "";

    /// <summary>Confirm: one; Choose: up to five; number step: the street.</summary>
    public List<ResidentAddress> Candidates { get; set; } = [];

    /// <summary>Addresses not found so far; three lead to the moderator offer.</summary>
    public int FailedTries { get; set; }
}

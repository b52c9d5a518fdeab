using NeighbourBot.Core.Residents;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>A typed address looked up: what to ask next, the addresses to show, and the hint for a retry.</summary>
public sealed record AddressAnswer(AddressAnswerKind Kind, IReadOnlyList<ResidentAddress> Candidates, string? Hint, bool LookedUp)
{
    public static AddressAnswer Fail(string hint, bool lookedUp = true) => new(AddressAnswerKind.Failed, [], hint, lookedUp);
}

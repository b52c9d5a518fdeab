using NeighbourBot.Core.Residents;

namespace NeighbourBot.Core.Verification;

/// <summary>
/// An address typed while the geocoder was down, waiting for the background retry; once looked up,
/// what was found waits here for the resident's answer so that they never start over.
/// </summary>
public sealed record PendingAddress
{
    /// <summary>The resident; the key.</summary>
    public long ResidentId { get; init; }

    public long ChatId { get; init; }

    /// <summary>What the resident typed.</summary>
    public string TypedText { get; init; } = "";

    public PendingAddressState State { get; init; } = PendingAddressState.Waiting;

    /// <summary>What the lookup found once it answered: one address to confirm, candidates to choose, or the street(s).</summary>
    public IReadOnlyList<ResidentAddress> Proposals { get; init; } = [];

    public int Attempts { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }
}

namespace NeighbourBot.Core.Verification;

/// <summary>A single-use code a verified resident hands to a neighbour of the same quartier (the "vouch" second factor).</summary>
public sealed record InviteCode
{
    /// <summary>The code as typed, upper case, from an alphabet without look-alike characters.</summary>
    public string Code { get; init; } = "";

    public string QuartierId { get; init; } = "";

    /// <summary>The verified resident who vouches.</summary>
    public long IssuedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The resident who redeemed it; null while unused.</summary>
    public long? UsedBy { get; init; }

    public DateTimeOffset? UsedAt { get; init; }
}

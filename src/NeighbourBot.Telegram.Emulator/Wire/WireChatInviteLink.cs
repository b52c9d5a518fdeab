namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's ChatInviteLink object.</summary>
internal sealed class WireChatInviteLink
{
    public required string InviteLink { get; init; }

    public required WireUser Creator { get; init; }

    public required bool CreatesJoinRequest { get; init; }

    public required bool IsPrimary { get; init; }

    public required bool IsRevoked { get; init; }

    public string? Name { get; init; }

    public long? ExpireDate { get; init; }

    public int? MemberLimit { get; init; }

    public int? PendingJoinRequestCount { get; init; }
}

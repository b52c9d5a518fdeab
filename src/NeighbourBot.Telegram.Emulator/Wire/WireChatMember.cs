namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's ChatMember object, flattened: the status decides which fields Telegram sends.</summary>
internal sealed class WireChatMember
{
    public required string Status { get; init; }

    public required WireUser User { get; init; }

    public bool? IsAnonymous { get; init; }

    public bool? CanBeEdited { get; init; }

    public bool? CanManageChat { get; init; }

    public bool? CanDeleteMessages { get; init; }

    public bool? CanManageVideoChats { get; init; }

    public bool? CanRestrictMembers { get; init; }

    public bool? CanPromoteMembers { get; init; }

    public bool? CanChangeInfo { get; init; }

    public bool? CanInviteUsers { get; init; }

    public bool? CanPostStories { get; init; }

    public bool? CanEditStories { get; init; }

    public bool? CanDeleteStories { get; init; }

    public bool? CanPinMessages { get; init; }

    public long? UntilDate { get; init; }
}

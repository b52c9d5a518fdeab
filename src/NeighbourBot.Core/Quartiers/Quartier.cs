namespace NeighbourBot.Core.Quartiers;

/// <summary>A neighbourhood: its map id, its linked group chats and its moderators.</summary>
public sealed record Quartier
{
    /// <summary>The slug from the quartier map (<c>properties.id</c>), e.g. "centre-ville".</summary>
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Telegram group chats linked with /lier.</summary>
    public IReadOnlyList<long> GroupChatIds { get; init; } = [];

    /// <summary>Join-request invite links of the linked groups (one per group), handed to newly verified residents.</summary>
    public IReadOnlyList<GroupInvite> Invites { get; init; } = [];

    /// <summary>User ids of the volunteer moderators named by an operator.</summary>
    public IReadOnlyList<long> ModeratorIds { get; init; } = [];
}

namespace NeighbourBot.Core.Messaging;

/// <summary>What the bot asks of the messaging app to run private quartier groups.</summary>
public interface IGroupAdministration
{
    /// <summary>An invite link that creates join requests (the bot approves them), or null when the bot lacks the right.</summary>
    Task<string?> CreateJoinRequestLinkAsync(long groupChatId, string name, CancellationToken cancellationToken);

    Task ApproveJoinRequestAsync(long groupChatId, long userId, CancellationToken cancellationToken);

    Task DeclineJoinRequestAsync(long groupChatId, long userId, CancellationToken cancellationToken);

    /// <summary>Takes a member out of the group without banning them (a resident who moved to another quartier).</summary>
    Task RemoveMemberAsync(long groupChatId, long userId, CancellationToken cancellationToken);
}

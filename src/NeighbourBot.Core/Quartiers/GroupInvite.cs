namespace NeighbourBot.Core.Quartiers;

/// <summary>A linked group's invite link, which creates join requests that the bot approves or declines.</summary>
public sealed record GroupInvite(long ChatId, string Title, string Link);

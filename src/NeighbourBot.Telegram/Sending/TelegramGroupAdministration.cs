using NeighbourBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NeighbourBot.Telegram.Sending;

/// <summary>Runs quartier groups through the Bot API: join-request invite links, approvals, refusals, removals.</summary>
public sealed class TelegramGroupAdministration(ITelegramBotClient client, TelegramRateLimiter limiter) : IGroupAdministration
{
    public async Task<string?> CreateJoinRequestLinkAsync(long groupChatId, string name, CancellationToken cancellationToken)
    {
        try
        {
            await limiter.WaitAsync(groupChatId, SendPriority.Interactive, cancellationToken);
            var link = await client.CreateChatInviteLink(groupChatId, name.Length > 32 ? name[..32] : name, createsJoinRequest: true, cancellationToken: cancellationToken);
            return link.InviteLink;
        }
        catch (ApiRequestException e) when (e.ErrorCode is 400 or 403)
        {
            // The bot is not an administrator with the "invite users" right.
            return null;
        }
    }

    public Task ApproveJoinRequestAsync(long groupChatId, long userId, CancellationToken cancellationToken) =>
        client.ApproveChatJoinRequest(groupChatId, userId, cancellationToken);

    public Task DeclineJoinRequestAsync(long groupChatId, long userId, CancellationToken cancellationToken) =>
        client.DeclineChatJoinRequest(groupChatId, userId, cancellationToken);

    public async Task RemoveMemberAsync(long groupChatId, long userId, CancellationToken cancellationToken)
    {
        // The Bot API has no "remove": a ban removes, and the unban at once lets them join again with a new link.
        await client.BanChatMember(groupChatId, userId, cancellationToken: cancellationToken);
        await client.UnbanChatMember(groupChatId, userId, onlyIfBanned: true, cancellationToken: cancellationToken);
    }
}

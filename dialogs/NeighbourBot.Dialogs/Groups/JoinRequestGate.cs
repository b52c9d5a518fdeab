using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Groups;

/// <summary>
/// Judges requests to join a quartier group (event "joinRequest": chatId, userId, userChatId, title): approved
/// only for a <see cref="VerificationLevel.Verified"/> resident of the group's quartier; anyone else is declined
/// and told why, in private. Verified, not Address: the invite link is handed out only at that level (DESIGN,
/// "who is in a quartier group"), and a group shows its members' names and usernames to one another, which a
/// typed address alone has not earned.
/// </summary>
public sealed class JoinRequestGate(
    IQuartierStore quartiers,
    IResidentStore residents,
    IOutboxStore outbox,
    IGroupAdministration groups,
    IGroupInviteLinks inviteLinks,
    QuartierNames quartierNames,
    TimeProvider timeProvider,
    ILogger<JoinRequestGate> logger)
{
    public static bool MayJoin(Resident? resident, Quartier quartier)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        return resident is { Verification: VerificationLevel.Verified }
            && string.Equals(resident.QuartierId, quartier.Id, StringComparison.Ordinal);
    }

    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var value = EventValue.Of(activity.Value);
        if ((value.Id("chatId") ?? Inbound.ChatId(activity)) is not { } chatId
            || (value.Id("userId") ?? Inbound.UserId(activity)) is not { } userId)
        {
            logger.LogWarning("Join request without a chat or user id");
            return;
        }

        // Telegram lets the bot write to the requester's private chat for a few minutes, even before /start.
        var userChatId = value.Id("userChatId") is { } c and not 0 ? c : userId;
        var group = GroupMessages.GroupLabel(value.Text("title") ?? activity.Conversation?.Name);
        var quartier = quartiers.FindByGroupChat(chatId);
        var resident = residents.Find(userId);
        if (quartier is not null && MayJoin(resident, quartier))
        {
            logger.LogInformation("Join request of {UserId} to chat {ChatId} approved (quartier {QuartierId})", userId, chatId, quartier.Id);
            await TryAsync(() => groups.ApproveJoinRequestAsync(chatId, userId, cancellationToken), "approve", chatId, userId, cancellationToken);
            return;
        }

        logger.LogInformation(
            "Join request of {UserId} to chat {ChatId} declined (group quartier {QuartierId}, resident quartier {ResidentQuartierId}, level {Level})",
            userId, chatId, quartier?.Id, resident?.QuartierId, resident?.Verification);
        await TryAsync(() => groups.DeclineJoinRequestAsync(chatId, userId, cancellationToken), "decline", chatId, userId, cancellationToken);
        var explanation = await ExplainAsync(group, quartier, resident, cancellationToken);
        var row = new BotMessage(explanation).ToOutbox(userChatId, timeProvider.GetUtcNow(), $"join:{chatId}:{userId}");
        turnContext.Stage(() => outbox.Enqueue(row));
    }

    private async Task<string> ExplainAsync(string group, Quartier? quartier, Resident? resident, CancellationToken cancellationToken)
    {
        if (quartier is null)
        {
            return GroupMessages.GroupNotLinked(group);
        }

        var name = quartierNames.Of(quartier.Id);
        if (resident is null || string.IsNullOrEmpty(resident.QuartierId))
        {
            return GroupMessages.NotSignedUp(group, name);
        }

        if (!string.Equals(resident.QuartierId, quartier.Id, StringComparison.Ordinal))
        {
            var text = GroupMessages.OtherQuartier(resident.FirstName, group, name, quartierNames.Of(resident.QuartierId));
            if (resident.Verification != VerificationLevel.Verified)
            {
                return $"{text}\n{GroupMessages.FinishThenLink}";
            }

            var link = await inviteLinks.InviteLinkAsync(resident.QuartierId, resident.Id, cancellationToken);
            return $"{text}\n{(link is null ? GroupMessages.TheirGroupNotYet : GroupMessages.TheirGroupLink(link))}";
        }

        return GroupMessages.NotVerified(resident.FirstName, group, name);
    }

    private async Task TryAsync(Func<Task> call, string what, long chatId, long userId, CancellationToken cancellationToken)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The request stays pending on Telegram's side; the person can ask again, nothing else depends on it.
            logger.LogWarning(e, "Could not {Action} the join request of {UserId} to chat {ChatId}", what, userId, chatId);
        }
    }
}

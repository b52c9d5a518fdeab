using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Dialogs.Groups;

/// <summary>
/// Which Telegram group belongs to which quartier: /lier and /delier by an operator, the bot added to or removed
/// from a group, and a group becoming a supergroup. A group belongs to at most one quartier. When a quartier gets
/// its first invite link, its verified residents (told at verification that the group would come) receive it.
/// </summary>
public sealed class GroupLinking(
    IQuartierStore quartiers,
    IResidentStore residents,
    IQuartierMap map,
    QuartierNames quartierNames,
    IGroupAdministration groups,
    IOutboxStore outbox,
    IOptions<BotOptions> botOptions,
    TimeProvider timeProvider,
    ILogger<GroupLinking> logger)
{
    /// <summary>The name of the join-request links the bot creates (Telegram keeps at most 32 characters).</summary>
    public const string InviteName = "Habitants vérifiés";

    private string QuartierNames => GroupMessages.Names(map.Quartiers.Select(q => q.Name));

    /// <summary>/lier &lt;quartier&gt;, by id or name, accents and case ignored.</summary>
    public async Task LinkAsync(ITurnContext turnContext, long userId, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Inbound.IsPrivate(turnContext.Activity))
        {
            await turnContext.SayAsync(GroupMessages.LinkInGroup, cancellationToken);
            return;
        }

        if (!botOptions.Value.IsOperator(userId))
        {
            logger.LogInformation("User {UserId} tried /lier without being an operator", userId);
            await turnContext.SayAsync(GroupMessages.OnlyOperatorsLink, cancellationToken);
            return;
        }

        if (Inbound.ChatId(turnContext.Activity) is not { } chatId)
        {
            logger.LogWarning("/lier in a conversation without a numeric chat id");
            return;
        }

        var wanted = argument?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            await turnContext.SayAsync(GroupMessages.LinkUsage(QuartierNames), cancellationToken);
            return;
        }

        // A quartier name is short; anything longer is not one, and is not worth folding.
        var area = wanted.Length <= 100 ? map.Find(wanted) : null;
        if (area is null)
        {
            logger.LogInformation("Operator {UserId} asked /lier for an unknown quartier in chat {ChatId}", userId, chatId);
            await turnContext.SayAsync(GroupMessages.UnknownQuartier(wanted, QuartierNames), cancellationToken);
            return;
        }

        var previous = quartiers.FindByGroupChat(chatId);
        var target = (previous is not null && previous.Id == area.Id ? previous : quartiers.Find(area.Id))
            ?? new Quartier { Id = area.Id, Name = area.Name };
        if (string.IsNullOrEmpty(target.Name))
        {
            target = target with { Name = area.Name };
        }

        // Moving a group keeps its link: the link belongs to the group, and join requests are judged against
        // the quartier the group belongs to when they arrive.
        var invite = previous?.InviteOf(chatId);
        var inviteFailed = false;
        if (invite is null)
        {
            (var link, inviteFailed) = await CreateLinkAsync(chatId, cancellationToken);
            invite = link is null ? null : new GroupInvite(chatId, turnContext.Activity.Conversation?.Name ?? "", link);
        }

        var lines = new List<string>();
        if (previous is not null && previous.Id == target.Id)
        {
            lines.Add(GroupMessages.AlreadyLinked(target.Name));
            if (invite is not null && previous.InviteOf(chatId) is null)
            {
                lines.Add(GroupMessages.InviteReady(target.Name));
            }
        }
        else if (previous is not null)
        {
            var left = previous.WithoutGroup(chatId);
            turnContext.Stage(() => quartiers.Upsert(left));
            lines.Add(GroupMessages.Moved(quartierNames.Of(previous.Id), target.Name));
        }
        else
        {
            lines.Add(GroupMessages.Linked(target.Name));
        }

        var linked = target.WithGroup(chatId, invite);
        turnContext.Stage(() => quartiers.Upsert(linked));
        var announced = Announce(turnContext, target, linked);
        logger.LogInformation(
            "Operator {UserId} linked chat {ChatId} to quartier {QuartierId} (from {PreviousId}, invite {HasInvite})",
            userId, chatId, target.Id, previous?.Id, invite is not null);

        if (invite is null)
        {
            lines.Add(inviteFailed ? GroupMessages.InviteFailed(target.Name) : GroupMessages.MakeMeAdmin(target.Name));
        }

        if (announced > 0)
        {
            lines.Add(GroupMessages.Announced(announced));
        }

        await turnContext.SayAsync(string.Join("\n", lines), cancellationToken);
    }

    /// <summary>/delier: the group no longer belongs to its quartier, and its invite link is no longer handed out.</summary>
    public async Task UnlinkAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (Inbound.IsPrivate(turnContext.Activity))
        {
            await turnContext.SayAsync(GroupMessages.UnlinkInGroup, cancellationToken);
            return;
        }

        if (!botOptions.Value.IsOperator(userId))
        {
            logger.LogInformation("User {UserId} tried /delier without being an operator", userId);
            await turnContext.SayAsync(GroupMessages.OnlyOperatorsLink, cancellationToken);
            return;
        }

        if (Inbound.ChatId(turnContext.Activity) is not { } chatId || quartiers.FindByGroupChat(chatId) is not { } quartier)
        {
            await turnContext.SayAsync(GroupMessages.NotLinked, cancellationToken);
            return;
        }

        var left = quartier.WithoutGroup(chatId);
        turnContext.Stage(() => quartiers.Upsert(left));
        logger.LogInformation("Operator {UserId} unlinked chat {ChatId} from quartier {QuartierId}", userId, chatId, quartier.Id);
        await turnContext.SayAsync(GroupMessages.Unlinked(quartierNames.Of(quartier.Id)), cancellationToken);
    }

    /// <summary>The bot's own membership changed (event "membership": status, title, chatId).</summary>
    public async Task OnMembershipAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;

        // In a private chat this event means a person blocked or unblocked the bot: not about groups.
        if (Inbound.IsPrivate(activity))
        {
            return;
        }

        var value = EventValue.Of(activity.Value);
        if ((value.Id("chatId") ?? Inbound.ChatId(activity)) is not { } chatId)
        {
            logger.LogWarning("Membership event without a chat id");
            return;
        }

        var status = value.Text("status") ?? "";
        var quartier = quartiers.FindByGroupChat(chatId);
        switch (status)
        {
            case "left" or "kicked":
                if (quartier is not null)
                {
                    // Nothing can be said: the bot is no longer in the group.
                    var left = quartier.WithoutGroup(chatId);
                    turnContext.Stage(() => quartiers.Upsert(left));
                    logger.LogInformation("Bot removed from chat {ChatId}: unlinked from quartier {QuartierId}", chatId, quartier.Id);
                }

                break;
            case "member" or "administrator" when quartier is null:
                logger.LogInformation("Bot added to chat {ChatId} as {Status}", chatId, status);
                await turnContext.SayAsync(GroupMessages.AddedHint(QuartierNames), cancellationToken);
                break;
            case "administrator" when quartier is not null && quartier.InviteOf(chatId) is null:
                // Promoted after /lier found it without the invite right: the link can be made now.
                var (link, _) = await CreateLinkAsync(chatId, cancellationToken);
                if (link is not null)
                {
                    var withInvite = quartier.WithGroup(chatId, new GroupInvite(chatId, value.Text("title") ?? "", link));
                    turnContext.Stage(() => quartiers.Upsert(withInvite));
                    logger.LogInformation("Bot promoted in chat {ChatId}: invite link created for quartier {QuartierId}", chatId, quartier.Id);
                    var announced = Announce(turnContext, quartier, withInvite);
                    var text = GroupMessages.PromotedInviteReady(quartierNames.Of(quartier.Id));
                    await turnContext.SayAsync(announced > 0 ? $"{text}\n{GroupMessages.Announced(announced)}" : text, cancellationToken);
                }

                break;
            default:
                logger.LogDebug("Membership {Status} in chat {ChatId} changes nothing", status, chatId);
                break;
        }
    }

    /// <summary>The group became a supergroup (event "migration": newChatId): its link and pending messages follow.</summary>
    public Task OnMigrationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var newChatId = EventValue.Of(activity.Value).Id("newChatId");
        if (Inbound.ChatId(activity) is not { } oldChatId || newChatId is not { } toChatId || toChatId == oldChatId)
        {
            logger.LogWarning("Migration event without a usable chat id");
            return Task.CompletedTask;
        }

        var quartier = quartiers.FindByGroupChat(oldChatId);
        if (quartier is not null)
        {
            var moved = quartier.WithGroupMoved(oldChatId, toChatId);
            turnContext.Stage(() => quartiers.Upsert(moved));
            logger.LogInformation("Chat {ChatId} of quartier {QuartierId} became {NewChatId}", oldChatId, quartier.Id, toChatId);
        }

        turnContext.Stage(() => outbox.MoveChat(oldChatId, toChatId));
        return Task.CompletedTask;
    }

    /// <summary>The quartier's first usable link goes to its verified residents; returns how many were queued.</summary>
    private int Announce(ITurnContext turnContext, Quartier before, Quartier after)
    {
        static string? FirstLink(Quartier q) =>
            q.Invites.FirstOrDefault(i => q.GroupChatIds.Contains(i.ChatId) && !string.IsNullOrWhiteSpace(i.Link))?.Link;

        if (FirstLink(before) is not null || FirstLink(after) is not { } link)
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow();
        var text = GroupMessages.GroupOpened(quartierNames.Of(after.Id), link);

        // Broadcast priority: many rows at once must not hold back one person's relayed messages.
        var rows = residents.InQuartier(after.Id)
            .Where(r => r.Verification == VerificationLevel.Verified && r.Reachable)
            .Select(r => new BotMessage(text).ToOutbox(r.PrivateChatId, now, $"group-open:{after.Id}:{r.Id}") with { Priority = OutboxPriority.Broadcast })
            .ToList();
        foreach (var row in rows)
        {
            turnContext.Stage(() => outbox.Enqueue(row));
        }

        logger.LogInformation("Quartier {QuartierId} group link queued for {Count} verified residents", after.Id, rows.Count);
        return rows.Count;
    }

    private async Task<(string? Link, bool Failed)> CreateLinkAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            return (await groups.CreateJoinRequestLinkAsync(chatId, InviteName, cancellationToken), false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not create an invite link for chat {ChatId}", chatId);
            return (null, true);
        }
    }
}

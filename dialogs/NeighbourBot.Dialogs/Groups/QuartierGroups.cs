using NeighbourBot.Core.Quartiers;

namespace NeighbourBot.Dialogs.Groups;

/// <summary>A quartier record with one group chat added, removed or moved (the invite follows its group).</summary>
public static class QuartierGroups
{
    public static GroupInvite? InviteOf(this Quartier quartier, long chatId)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        return quartier.Invites.FirstOrDefault(i => i.ChatId == chatId);
    }

    public static Quartier WithGroup(this Quartier quartier, long chatId, GroupInvite? invite)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        return quartier with
        {
            GroupChatIds = quartier.GroupChatIds.Contains(chatId) ? quartier.GroupChatIds : [.. quartier.GroupChatIds, chatId],
            Invites = invite is null ? quartier.Invites : [.. quartier.Invites.Where(i => i.ChatId != chatId), invite],
        };
    }

    public static Quartier WithoutGroup(this Quartier quartier, long chatId)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        return quartier with
        {
            GroupChatIds = quartier.GroupChatIds.Where(id => id != chatId).ToList(),
            Invites = quartier.Invites.Where(i => i.ChatId != chatId).ToList(),
        };
    }

    /// <summary>A group became a supergroup: same group, new chat id.</summary>
    public static Quartier WithGroupMoved(this Quartier quartier, long fromChatId, long toChatId)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        return quartier with
        {
            GroupChatIds = quartier.GroupChatIds.Select(id => id == fromChatId ? toChatId : id).Distinct().ToList(),
            Invites = quartier.Invites.Select(i => i.ChatId == fromChatId ? i with { ChatId = toChatId } : i).ToList(),
        };
    }
}

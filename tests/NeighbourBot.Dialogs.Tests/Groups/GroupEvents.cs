using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Tests.Support;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Tests.Groups;

/// <summary>Telegram's group events as the adapter maps them (UpdateMapper: event activities with a JObject value).</summary>
public static class GroupEvents
{
    public static Task<Replies> MembershipAsync(this TestChat chat, string status, long chatId, string title = "Voisins") =>
        chat.SendAsync(Event(chat, ChannelConventions.MembershipEventName, new JObject
        {
            ["status"] = status,
            ["title"] = title,
            ["chatId"] = chatId,
        }));

    public static Task<Replies> JoinRequestAsync(this TestChat chat, long chatId, long userId, long userChatId, string title = "Voisins") =>
        chat.SendAsync(Event(chat, ChannelConventions.JoinRequestEventName, new JObject
        {
            ["chatId"] = chatId,
            ["userId"] = userId,
            ["userChatId"] = userChatId,
            ["title"] = title,
        }));

    public static Task<Replies> MigrationAsync(this TestChat chat, long newChatId) =>
        chat.SendAsync(Event(chat, ChannelConventions.MigrationEventName, new JObject { ["newChatId"] = newChatId }));

    private static Activity Event(TestChat chat, string name, JObject value)
    {
        var activity = chat.Adapter.MakeActivity();
        activity.Type = ActivityTypes.Event;
        activity.Name = name;
        activity.Value = value;
        activity.Locale = "fr-FR";
        return activity;
    }
}

using Microsoft.Bot.Builder;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Messaging;

/// <summary>
/// How a button pressed in a group is answered: the reply goes to the presser's private chat through the outbox (the group
/// is never spammed), and the press itself says so, or carries the answer for someone the bot may not write to first.
/// </summary>
public static class GroupPress
{
    /// <summary>What the press says when the reply went to the private chat.</summary>
    public const string RepliedInPrivate = "Je vous ai répondu en privé.";

    /// <summary>Telegram shows at most this many characters over the chat.</summary>
    public const int MaxNotice = 200;

    /// <summary>Queues <paramref name="message"/> for the presser's private chat and says so on the press.</summary>
    public static void AnswerInPrivate(ITurnContext turnContext, IOutboxStore outbox, long privateChatId, BotMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(message);
        var row = message.ToOutbox(privateChatId, now);
        turnContext.Stage(() => outbox.Enqueue(row));
        Notice(turnContext, RepliedInPrivate);
    }

    /// <summary>A short notice shown over the chat (cut to <see cref="MaxNotice"/> characters).</summary>
    public static void Notice(ITurnContext turnContext, string text)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[ChannelConventions.ButtonAnswerKey] = new ButtonAnswer(ListingText.Cut(text, MaxNotice));
    }

    /// <summary>A t.me link the app opens: the bot's private chat, with a /start parameter.</summary>
    public static void OpenPrivateChat(ITurnContext turnContext, string url)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[ChannelConventions.ButtonAnswerKey] = new ButtonAnswer(Url: url);
    }
}

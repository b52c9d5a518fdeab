using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;

namespace NeighbourBot.Dialogs.Messaging;

/// <summary>Builds the bot's outgoing activities; every text is plain (never HTML), so user text is echoed safely.</summary>
public static class Replies
{
    public static Activity Text(string text)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = text;
        activity.TextFormat = TextFormatTypes.Plain;
        activity.Locale = "fr-FR";
        return (Activity)activity;
    }

    /// <summary>A message whose only suggested action asks for the resident's location (a reply keyboard on Telegram).</summary>
    public static Activity AskLocation(string text, string buttonTitle)
    {
        var activity = Text(text);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction(ChannelConventions.RequestLocationActionType, buttonTitle)],
        };
        return activity;
    }

    /// <summary>Sends a plain-text reply in the turn.</summary>
    public static async Task SayAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await turnContext.SendActivityAsync(Text(text), cancellationToken);
    }
}

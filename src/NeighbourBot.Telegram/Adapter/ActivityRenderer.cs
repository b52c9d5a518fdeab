using System.Globalization;
using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Telegram.Adapter;

/// <summary>
/// Turns an outgoing Bot Builder activity into the <see cref="OutboundAction"/> the executor sends:
/// text (HTML only when the activity says so), HeroCard buttons one per row, suggested actions packed
/// two short ones per row, a request-location keyboard, a photo with its caption.
/// </summary>
public static class ActivityRenderer
{
    private const int ShortButtonLength = 18;

    public static OutboundAction? ToAction(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not Activity message || message.Type != ActivityTypes.Message)
        {
            return null;
        }

        var chatId = long.Parse(message.Conversation.Id, CultureInfo.InvariantCulture);
        var text = message.Text ?? "";
        var rows = new List<IReadOnlyList<Button>>();
        string? photo = null;
        string? requestLocation = null;
        (string Name, string Content)? document = null;

        foreach (var attachment in message.Attachments ?? [])
        {
            if (attachment.ContentType == ChannelConventions.PhotoContentType)
            {
                photo = attachment.ContentUrl;
            }
            else if (attachment.ContentType == ChannelConventions.JsonFileContentType && attachment.Content is string content)
            {
                document = (string.IsNullOrWhiteSpace(attachment.Name) ? "donnees.json" : attachment.Name, content);
            }
            else if (attachment.ContentType == HeroCard.ContentType && AsHeroCard(attachment.Content) is { } card)
            {
                var cardText = string.Join("\n", new[] { card.Title, card.Subtitle, card.Text }.Where(t => !string.IsNullOrWhiteSpace(t)));
                text = string.IsNullOrWhiteSpace(text) ? cardText : string.IsNullOrWhiteSpace(cardText) ? text : text + "\n\n" + cardText;
                rows.AddRange((card.Buttons ?? []).Select(ToButton).OfType<Button>().Select(b => (IReadOnlyList<Button>)[b]));
            }
        }

        var pending = new List<Button>();
        foreach (var action in message.SuggestedActions?.Actions ?? [])
        {
            if (action.Type == ChannelConventions.RequestLocationActionType)
            {
                requestLocation = action.Title;
                continue;
            }

            if (ToButton(action) is not { } button)
            {
                continue;
            }

            if (button.Text.Length <= ShortButtonLength)
            {
                pending.Add(button);
                if (pending.Count == 2)
                {
                    rows.Add([.. pending]);
                    pending.Clear();
                }
            }
            else
            {
                rows.Add([button]);
            }
        }

        if (pending.Count > 0)
        {
            rows.Add([.. pending]);
        }

        return new OutboundAction
        {
            Kind = document is not null ? OutboundActionKind.SendDocument : photo is null ? OutboundActionKind.SendText : OutboundActionKind.SendPhoto,
            ChatId = chatId,
            Text = text,
            IsHtml = message.TextFormat == ChannelConventions.HtmlTextFormat,
            Buttons = rows,
            PhotoId = photo,
            RequestLocationLabel = requestLocation,
            DocumentName = document?.Name,
            DocumentContent = document?.Content,
        };
    }

    private static HeroCard? AsHeroCard(object? content) => content switch
    {
        HeroCard card => card,
        JObject json => json.ToObject<HeroCard>(),
        _ => null,
    };

    private static Button? ToButton(CardAction action)
    {
        var value = action.Value switch
        {
            null => null,
            string s => s,
            JToken token => token.Type == JTokenType.String ? token.Value<string>() : token.ToString(Newtonsoft.Json.Formatting.None),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        var title = action.Title ?? value ?? "";
        if (title.Length == 0)
        {
            return null;
        }

        return action.Type == ActionTypes.OpenUrl
            ? new Button(title, Url: value)
            : new Button(title, Data: value ?? title);
    }
}

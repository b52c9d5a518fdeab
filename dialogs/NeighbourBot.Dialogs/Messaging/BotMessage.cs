using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;

namespace NeighbourBot.Dialogs.Messaging;

/// <summary>A plain-text message with callback buttons, sendable in the turn or staged in the outbox.</summary>
public sealed record BotMessage(string Text, IReadOnlyList<Button> Buttons)
{
    public BotMessage(string text)
        : this(text, [])
    {
    }

    /// <summary>As a reply in the current turn: buttons become postBack suggested actions (ChannelConventions).</summary>
    public Activity ToActivity()
    {
        var activity = Replies.Text(Text);
        if (Buttons.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = Buttons
                    .Select(b => b.Url is null
                        ? new CardAction(ActionTypes.PostBack, b.Text, value: b.Data)
                        : new CardAction(ActionTypes.OpenUrl, b.Text, value: b.Url))
                    .ToList(),
            };
        }

        return activity;
    }

    /// <summary>As an outbox row for a proactive message: one button per row, plain text (the adapter escapes it).</summary>
    public OutboxMessage ToOutbox(long chatId, DateTimeOffset now, string? correlation = null) => new()
    {
        Priority = OutboxPriority.Notification,
        ChatId = chatId,
        Action = new OutboundAction
        {
            Kind = OutboundActionKind.SendText,
            ChatId = chatId,
            Text = Text,
            IsHtml = false,
            Buttons = Buttons.Select(b => (IReadOnlyList<Button>)[b]).ToList(),
        },
        CreatedAt = now,
        NextAttemptAt = now,
        Correlation = correlation,
    };
}

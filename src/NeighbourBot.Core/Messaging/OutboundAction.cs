namespace NeighbourBot.Core.Messaging;

/// <summary>A channel-neutral message to send or edit; the channel adapter turns it into an API call.</summary>
public sealed record OutboundAction
{
    public OutboundActionKind Kind { get; init; }

    public long ChatId { get; init; }

    /// <summary>Text or caption. Plain text unless <see cref="IsHtml"/>; the adapter escapes plain text.</summary>
    public string Text { get; init; } = "";

    /// <summary>True when <see cref="Text"/> is already safe HTML (every user-typed part escaped by the producer).</summary>
    public bool IsHtml { get; init; }

    /// <summary>Rows of inline buttons; empty removes the keyboard on edits.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public string? PhotoId { get; init; }

    /// <summary>The message to edit or delete.</summary>
    public long? MessageId { get; init; }

    /// <summary>When set (private chats only), a one-time reply keyboard with a "share my location" button of this label.</summary>
    public string? RequestLocationLabel { get; init; }

    /// <summary>The message this one answers (shown as a quote), when it still exists.</summary>
    public long? ReplyToMessageId { get; init; }

    /// <summary>File name of a <see cref="OutboundActionKind.SendDocument"/>.</summary>
    public string? DocumentName { get; init; }

    /// <summary>Content of a <see cref="OutboundActionKind.SendDocument"/>, sent as UTF-8.</summary>
    public string? DocumentContent { get; init; }
}

using NeighbourBot.Telegram.Emulator.Formatting;

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>A message as its chat shows it now: text or caption with entities, keyboard, edited or deleted.</summary>
public sealed record EmulatedMessage
{
    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    /// <summary>The user or bot id of the sender.</summary>
    public required long SenderId { get; init; }

    public required bool FromBot { get; init; }

    public required DateTimeOffset Date { get; init; }

    public required EmulatedMessageKind Kind { get; init; }

    public string? Text { get; init; }

    public string? Caption { get; init; }

    /// <summary>Entities of the text, or of the caption for a photo.</summary>
    public IReadOnlyList<TextEntity> Entities { get; init; } = [];

    /// <summary>The HTML the bot sent, when it used parse_mode HTML.</summary>
    public string? Html { get; init; }

    public string? PhotoFileId { get; init; }

    public EmulatedLocation? Location { get; init; }

    public string? StickerEmoji { get; init; }

    /// <summary>The file name of a document the bot sent.</summary>
    public string? DocumentName { get; init; }

    /// <summary>The content of that document, read as UTF-8 text.</summary>
    public string? DocumentContent { get; init; }

    public IReadOnlyList<IReadOnlyList<EmulatedButton>> InlineKeyboard { get; init; } = [];

    public EmulatedReplyKeyboard? ReplyKeyboard { get; init; }

    public bool RemovesKeyboard { get; init; }

    public int? ReplyToMessageId { get; init; }

    public bool IsEdited { get; init; }

    public bool IsDeleted { get; init; }

    /// <summary>Text or caption: what a person reads.</summary>
    public string? Body => Text ?? Caption;

    public IEnumerable<EmulatedButton> Buttons => InlineKeyboard.SelectMany(row => row);
}

namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Message object (the fields the bot uses).</summary>
internal sealed class WireMessage
{
    public required int MessageId { get; init; }

    public WireUser? From { get; init; }

    public WireChat? SenderChat { get; init; }

    public required long Date { get; init; }

    public required WireChat Chat { get; init; }

    public WireMessage? ReplyToMessage { get; init; }

    public long? EditDate { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<WireMessageEntity>? Entities { get; init; }

    public string? Caption { get; init; }

    public IReadOnlyList<WireMessageEntity>? CaptionEntities { get; init; }

    public IReadOnlyList<WirePhotoSize>? Photo { get; init; }

    public WireDocument? Document { get; init; }

    public WireSticker? Sticker { get; init; }

    public WireVoice? Voice { get; init; }

    public WireLocation? Location { get; init; }

    public WireInlineKeyboardMarkup? ReplyMarkup { get; init; }

    public IReadOnlyList<WireUser>? NewChatMembers { get; init; }

    public long? MigrateToChatId { get; init; }

    public long? MigrateFromChatId { get; init; }
}

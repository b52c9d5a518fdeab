using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Formatting;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>A message as it stands in its chat now (edits applied, deletion flagged).</summary>
internal sealed class MessageState
{
    public required ChatState Chat { get; init; }

    public required int Id { get; init; }

    public required long SenderId { get; init; }

    public required bool FromBot { get; init; }

    /// <summary>In a private chat, the bot this conversation is with.</summary>
    public required long ConversationBotId { get; init; }

    public required DateTimeOffset Date { get; init; }

    public required EmulatedMessageKind Kind { get; init; }

    public DateTimeOffset? EditDate { get; set; }

    public string? Text { get; set; }

    public IReadOnlyList<TextEntity> Entities { get; set; } = [];

    public string? Caption { get; set; }

    public IReadOnlyList<TextEntity> CaptionEntities { get; set; } = [];

    /// <summary>The markup as the bot sent it (parse_mode HTML), for tests that compare HTML.</summary>
    public string? SourceMarkup { get; set; }

    public string? ParseMode { get; set; }

    public string? PhotoFileId { get; init; }

    public EmulatedLocation? Location { get; set; }

    public string? StickerEmoji { get; init; }

    public int? VoiceDuration { get; init; }

    /// <summary>A document: the file name and its content as text (UTF-8), for tests that read what the bot sent.</summary>
    public string? DocumentName { get; init; }

    public string? DocumentContent { get; init; }

    public IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? InlineKeyboard { get; set; }

    public EmulatedReplyKeyboard? ReplyKeyboard { get; init; }

    public bool RemovesKeyboard { get; init; }

    public MessageState? ReplyTo { get; init; }

    public bool Deleted { get; set; }

    public long? MigrateToChatId { get; init; }

    public long? MigrateFromChatId { get; init; }

    public IReadOnlyList<long>? NewChatMemberIds { get; init; }

    /// <summary>The read-back view, rebuilt only after a change: waiters re-read whole chats on every change.</summary>
    public EmulatedMessage? CachedView { get; set; }
}

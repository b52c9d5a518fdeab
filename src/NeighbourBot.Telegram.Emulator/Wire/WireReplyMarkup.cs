namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Any of the four reply_markup shapes a bot may send, read leniently.</summary>
internal sealed class WireReplyMarkup
{
    public IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? InlineKeyboard { get; init; }

    public IReadOnlyList<IReadOnlyList<WireKeyboardButton>>? Keyboard { get; init; }

    public bool? RemoveKeyboard { get; init; }

    public bool? ForceReply { get; init; }

    public bool? ResizeKeyboard { get; init; }

    public bool? OneTimeKeyboard { get; init; }

    public bool? IsPersistent { get; init; }

    public string? InputFieldPlaceholder { get; init; }

    public bool? Selective { get; init; }
}

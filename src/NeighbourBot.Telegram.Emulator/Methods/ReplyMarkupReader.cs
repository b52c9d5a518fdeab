using System.Text;
using System.Text.Json;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>Reads reply_markup and rejects what Telegram rejects (callback data over 64 bytes, text-only inline buttons...).</summary>
internal static class ReplyMarkupReader
{
    public static ReplyMarkup? Read(ApiParameters parameters, ChatState chat)
    {
        var markup = parameters.GetObject<WireReplyMarkup>("reply_markup");
        if (markup is null)
        {
            return null;
        }

        if (markup.InlineKeyboard is { } inline)
        {
            foreach (var button in inline.SelectMany(row => row))
            {
                Validate(button);
            }

            return new ReplyMarkup(inline, null, false);
        }

        if (markup.Keyboard is { } keyboard)
        {
            var rows = keyboard
                .Select(row => (IReadOnlyList<EmulatedKeyboardButton>)[.. row.Select(b => new EmulatedKeyboardButton(b.Text, b.RequestLocation == true))])
                .ToList();
            if (chat.Kind != ChatKind.Private && rows.Any(row => row.Any(b => b.RequestsLocation)))
            {
                // Telegram's wording, grammar included (seen in https://github.com/yagop/node-telegram-bot-api/issues/612).
                throw BotApiException.BadRequest("location can be requested in a private chats only");
            }

            return new ReplyMarkup(null, new EmulatedReplyKeyboard(rows, markup.OneTimeKeyboard == true, markup.ResizeKeyboard == true), false);
        }

        return new ReplyMarkup(null, null, markup.RemoveKeyboard == true);
    }

    public static bool SameKeyboard(
        IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? a,
        IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? b) =>
        JsonSerializer.Serialize(Normalise(a), WireJson.Options) == JsonSerializer.Serialize(Normalise(b), WireJson.Options);

    private static IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>> Normalise(IReadOnlyList<IReadOnlyList<WireInlineKeyboardButton>>? keyboard) =>
        keyboard ?? [];

    private static void Validate(WireInlineKeyboardButton button)
    {
        if (button.CallbackData is { } data)
        {
            var bytes = Encoding.UTF8.GetByteCount(data);
            if (bytes is < 1 or > 64)
            {
                throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
            }

            return;
        }

        if (button.Url is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tg"))
            {
                throw BotApiException.BadRequest("BUTTON_URL_INVALID");
            }

            return;
        }

        throw BotApiException.BadRequest("Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    }
}

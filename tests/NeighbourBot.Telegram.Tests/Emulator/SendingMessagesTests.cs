using NeighbourBot.Telegram.Emulator.Control;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class SendingMessagesTests
{
    private const long Alice = EmulatorHarness.Alice;

    [Fact]
    public async Task An_HTML_message_with_buttons_shows_in_the_chat_as_Telegram_renders_it()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Je suis intéressé·e", "want:42")],
            [InlineKeyboardButton.WithUrl("Voir le quartier", "https://example.org/q/montchapet")],
        ]);

        var sent = await harness.Client.SendMessage(
            Alice,
            "<b>Don</b> : une perceuse &amp; ses mèches, <a href=\"https://example.org/l/42\">détails</a>",
            parseMode: ParseMode.Html,
            replyMarkup: keyboard);

        var shown = harness.Control.Messages(Alice)[^1];
        Assert.Equal(sent.Id, shown.MessageId);
        Assert.True(shown.FromBot);
        Assert.Equal("Don : une perceuse & ses mèches, détails", shown.Text);
        Assert.Equal(new[] { "bold", "text_link" }, shown.Entities.Select(e => e.Type));
        Assert.Equal("https://example.org/l/42", shown.Entities[1].Url);
        Assert.Equal(["Je suis intéressé·e", "Voir le quartier"], shown.Buttons.Select(b => b.Text));
        Assert.Equal("want:42", shown.InlineKeyboard[0][0].CallbackData);
        Assert.Equal(sent.Text, shown.Text);
        Assert.Equal(MessageEntityType.Bold, sent.Entities![0].Type);
        Assert.Equal("want:42", ((InlineKeyboardMarkup)sent.ReplyMarkup!).InlineKeyboard.First().First().CallbackData);
    }

    [Theory]
    [InlineData("Prix < 10 €", "Unsupported start tag \"\" at byte offset 5")]
    [InlineData("<b>gras", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>gras</i>", "Unmatched end tag at byte offset 7, expected \"</b>\", found \"</i>\"")]
    [InlineData("<div>bloc</div>", "Unsupported start tag \"div\" at byte offset 0")]
    [InlineData("écrire à <jean@example.org>", "Unsupported start tag \"jean@example.org\" at byte offset 11")]
    [InlineData("fin</b>", "Unexpected end tag at byte offset 3")]
    public async Task Malformed_HTML_is_refused_with_Telegrams_wording(string html, string why)
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Alice, html, parseMode: ParseMode.Html));

        Assert.Equal(400, refused.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + why, refused.Message);
        Assert.DoesNotContain(harness.Control.Messages(Alice), m => m.FromBot);
    }

    [Fact]
    public async Task An_ampersand_that_starts_no_entity_stays_text_as_on_Telegram()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();

        await harness.Client.SendMessage(Alice, "Pain &amp; fromage &co &#233;", parseMode: ParseMode.Html);

        Assert.Equal("Pain & fromage &co é", harness.Control.Messages(Alice)[^1].Text);
    }

    [Fact]
    public async Task Callback_data_is_limited_to_64_bytes_not_characters()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var fits = new string('é', 32);
        var tooLong = new string('a', 65);

        await harness.Client.SendMessage(Alice, "ok", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Oui", fits)));
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendMessage(Alice, "trop", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Oui", tooLong))));
        var multiByte = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendMessage(Alice, "trop", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Oui", fits + "é"))));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", refused.Message);
        Assert.Equal(400, multiByte.ErrorCode);
        Assert.Single(harness.Control.Messages(Alice), m => m.FromBot);
    }

    [Fact]
    public async Task Text_over_4096_characters_after_parsing_is_too_long()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();

        await harness.Client.SendMessage(Alice, "<b>" + new string('x', 4096) + "</b>", parseMode: ParseMode.Html);
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Alice, new string('x', 4097)));
        var empty = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Alice, "<b> </b>", parseMode: ParseMode.Html));

        Assert.Equal("Bad Request: message is too long", refused.Message);
        Assert.Equal("Bad Request: message text is empty", empty.Message);
        Assert.Equal(4096, harness.Control.Messages(Alice)[^1].Text!.Length);
    }

    [Fact]
    public async Task A_photo_goes_by_file_id_or_URL_with_a_caption_of_at_most_1024_characters()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var fromAlice = harness.Control.UserSendsPhoto(Alice, Alice, "ma chaise");

        await harness.Client.SendPhoto(Alice, InputFile.FromFileId(fromAlice.PhotoFileId!), caption: "<i>Chaise</i> à donner", parseMode: ParseMode.Html);
        await harness.Client.SendPhoto(Alice, InputFile.FromUri("https://example.org/chaise.jpg"), caption: new string('c', 1024));
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendPhoto(Alice, InputFile.FromFileId(fromAlice.PhotoFileId!), caption: new string('c', 1025)));
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendPhoto(Alice, InputFile.FromFileId("not-a-file-id")));

        var photos = harness.Control.Messages(Alice).Where(m => m.FromBot).ToList();
        Assert.Equal(2, photos.Count);
        Assert.Equal("Chaise à donner", photos[0].Caption);
        Assert.Equal("italic", Assert.Single(photos[0].Entities).Type);
        Assert.Equal(fromAlice.PhotoFileId, photos[0].PhotoFileId);
        Assert.Equal("Bad Request: message caption is too long", tooLong.Message);
        Assert.Equal("Bad Request: wrong file identifier/HTTP URL specified", unknown.Message);
    }

    [Fact]
    public async Task A_reply_keyboard_asking_for_the_location_stays_until_removed()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        harness.Control.AddBotToGroup(EmulatorHarness.Group, Alice, asAdmin: true);
        var askLocation = new ReplyKeyboardMarkup(KeyboardButton.WithRequestLocation("Partager ma position")) { OneTimeKeyboard = true };

        await harness.Client.SendMessage(Alice, "Où habitez-vous ?", replyMarkup: askLocation);
        var keyboard = harness.Control.Chat(Alice).ReplyKeyboard;
        var inGroup = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.SendMessage(EmulatorHarness.Group, "Où ?", replyMarkup: askLocation));
        await harness.Client.SendMessage(Alice, "Merci !", replyMarkup: new ReplyKeyboardRemove());

        Assert.True(Assert.Single(Assert.Single(keyboard!.Rows)).RequestsLocation);
        Assert.Equal("Bad Request: location can be requested in a private chats only", inGroup.Message);
        Assert.Null(harness.Control.Chat(Alice).ReplyKeyboard);
    }

    [Fact]
    public async Task A_reply_quotes_the_message_it_answers()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var question = harness.Control.UserSends(Alice, Alice, "Il reste des chaises ?");

        var answer = await harness.Client.SendMessage(Alice, "Oui, deux.", replyParameters: question.MessageId);
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Alice, "?", replyParameters: 999));

        Assert.Equal(question.MessageId, answer.ReplyToMessage!.Id);
        Assert.Equal(question.MessageId, harness.Control.Messages(Alice)[^1].ReplyToMessageId);
        Assert.Equal("Bad Request: message to be replied not found", missing.Message);
    }

    [Fact]
    public async Task Commands_chat_info_and_membership_read_back_through_the_client()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(EmulatorHarness.Group, Alice, asAdmin: true);

        await harness.Client.SetMyCommands([new BotCommand("annonce", "Publier une annonce"), new BotCommand("aide", "Obtenir de l'aide")]);
        var commands = await harness.Client.GetMyCommands();
        var group = await harness.Client.GetChat(EmulatorHarness.Group);
        var bot = await harness.Client.GetChatMember(EmulatorHarness.Group, harness.Emulator.Bot.Id);
        var bob = await harness.Client.GetChatMember(EmulatorHarness.Group, EmulatorHarness.Bob);
        var alice = await harness.Client.GetChatMember(EmulatorHarness.Group, Alice);
        await harness.Client.LeaveChat(EmulatorHarness.Group);
        var gone = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(EmulatorHarness.Group, "Coucou"));

        Assert.Equal(["annonce", "aide"], commands.Select(c => c.Command));
        Assert.Equal(2, harness.Control.Commands().Count);
        Assert.Equal("Quartier Montchapet", group.Title);
        Assert.Equal(ChatType.Group, group.Type);
        Assert.Equal(ChatMemberStatus.Administrator, bot.Status);
        Assert.True(((ChatMemberAdministrator)bot).CanInviteUsers);
        Assert.Equal(ChatMemberStatus.Left, bob.Status);
        Assert.Equal(ChatMemberStatus.Creator, alice.Status);
        Assert.Equal("Forbidden: bot is not a member of the group chat", gone.Message);
        Assert.Equal(403, gone.ErrorCode);
    }

    [Fact]
    public async Task Entities_are_counted_in_UTF16_code_units_and_pre_takes_the_code_language()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        const string Html = "😀 <pre><code class=\"language-csharp\">var x;</code></pre> <tg-spoiler>s</tg-spoiler> "
            + "<span class=\"tg-spoiler\">t</span> <blockquote expandable>q</blockquote> <u>u</u>";

        await harness.Client.SendMessage(Alice, Html, parseMode: ParseMode.Html);

        var shown = harness.Control.Messages(Alice)[^1];
        Assert.Equal("😀 var x; s t q u", shown.Text);
        Assert.Equal(
            [("pre", 3, 6), ("spoiler", 10, 1), ("spoiler", 12, 1), ("expandable_blockquote", 14, 1), ("underline", 16, 1)],
            shown.Entities.Select(e => (e.Type, e.Offset, e.Length)));
        Assert.Equal("csharp", shown.Entities[0].Language);
        Assert.Equal(Html, shown.Html);
    }
}

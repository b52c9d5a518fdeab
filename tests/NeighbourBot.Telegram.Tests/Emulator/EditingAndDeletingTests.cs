using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class EditingAndDeletingTests
{
    private const long Alice = EmulatorHarness.Alice;

    private static InlineKeyboardMarkup Reserve => new(InlineKeyboardButton.WithCallbackData("Réserver", "reserve:42"));

    [Fact]
    public async Task Editing_the_text_replaces_text_entities_and_buttons()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var sent = await harness.Client.SendMessage(Alice, "<b>Don</b> : perceuse", parseMode: ParseMode.Html, replyMarkup: Reserve);

        var edited = await harness.Client.EditMessageText(Alice, sent.Id, "<s>Don : perceuse</s> (donnée)", parseMode: ParseMode.Html);

        var shown = harness.Control.Messages(Alice)[^1];
        Assert.Equal("Don : perceuse (donnée)", shown.Text);
        Assert.Equal("strikethrough", Assert.Single(shown.Entities).Type);
        Assert.Empty(shown.Buttons);
        Assert.True(shown.IsEdited);
        Assert.NotNull(edited.EditDate);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_is_refused_as_not_modified()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var sent = await harness.Client.SendMessage(Alice, "<b>Don</b> : perceuse", parseMode: ParseMode.Html, replyMarkup: Reserve);

        var sameText = await Assert.ThrowsAsync<ApiRequestException>(() =>
            harness.Client.EditMessageText(Alice, sent.Id, "<b>Don</b> : perceuse", parseMode: ParseMode.Html, replyMarkup: Reserve));
        var sameMarkup = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageReplyMarkup(Alice, sent.Id, Reserve));
        await harness.Client.EditMessageText(Alice, sent.Id, "Don : perceuse", replyMarkup: Reserve);

        Assert.Equal(400, sameText.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified", sameText.Message, StringComparison.Ordinal);
        Assert.StartsWith("Bad Request: message is not modified", sameMarkup.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Control.Messages(Alice)[^1].Entities);
    }

    [Fact]
    public async Task The_caption_of_a_photo_and_its_buttons_can_be_edited()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var photo = await harness.Client.SendPhoto(Alice, InputFile.FromUri("https://example.org/chaise.jpg"), caption: "Chaise", replyMarkup: Reserve);
        var text = await harness.Client.SendMessage(Alice, "Texte");

        await harness.Client.EditMessageCaption(Alice, photo.Id, "Chaise <i>(réservée)</i>", parseMode: ParseMode.Html, replyMarkup: Reserve);
        await harness.Client.EditMessageReplyMarkup(Alice, photo.Id, replyMarkup: null);
        var noCaption = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageCaption(Alice, text.Id, "x"));
        var noText = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageText(Alice, photo.Id, "x"));
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageCaption(Alice, photo.Id, new string('c', 1025)));

        var shown = harness.Control.Messages(Alice).Single(m => m.MessageId == photo.Id);
        Assert.Equal("Chaise (réservée)", shown.Caption);
        Assert.Empty(shown.Buttons);
        Assert.Equal("Bad Request: there is no caption in the message to edit", noCaption.Message);
        Assert.Equal("Bad Request: there is no text in the message to edit", noText.Message);
        Assert.Equal("Bad Request: message caption is too long", tooLong.Message);
    }

    [Fact]
    public async Task A_message_can_be_deleted_within_48_hours_only()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await EmulatorHarness.StartAsync(o => o.TimeProvider = clock);
        await harness.AliceStartedTheBotAsync();
        var early = await harness.Client.SendMessage(Alice, "annonce 1");
        var late = await harness.Client.SendMessage(Alice, "annonce 2");

        clock.Advance(TimeSpan.FromHours(47));
        Assert.True(await DeleteAsync(harness, early.Id));
        clock.Advance(TimeSpan.FromHours(1));
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.DeleteMessage(Alice, late.Id));
        var twice = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.DeleteMessage(Alice, early.Id));

        Assert.Equal("Bad Request: message can't be deleted", refused.Message);
        Assert.Equal("Bad Request: message to delete not found", twice.Message);
        var messages = harness.Control.Messages(Alice);
        Assert.True(messages.Single(m => m.MessageId == early.Id).IsDeleted);
        Assert.False(messages.Single(m => m.MessageId == late.Id).IsDeleted);
        Assert.Equal(clock.GetUtcNow().AddHours(-48), messages.Single(m => m.MessageId == late.Id).Date);
    }

    [Fact]
    public async Task Only_the_bots_own_messages_can_be_edited()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var fromAlice = harness.Control.UserSends(Alice, Alice, "mon message");

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageText(Alice, fromAlice.MessageId, "piraté"));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.EditMessageText(Alice, 9999, "?"));

        Assert.Equal("Bad Request: message can't be edited", refused.Message);
        Assert.Equal("Bad Request: message to edit not found", missing.Message);
    }

    private static async Task<bool> DeleteAsync(EmulatorHarness harness, int messageId)
    {
        await harness.Client.DeleteMessage(Alice, messageId);
        return true;
    }
}

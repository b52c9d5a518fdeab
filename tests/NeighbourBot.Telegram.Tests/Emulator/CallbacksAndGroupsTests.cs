using NeighbourBot.Telegram.Emulator.Control;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class CallbacksAndGroupsTests
{
    private const long Alice = EmulatorHarness.Alice;
    private const long Bob = EmulatorHarness.Bob;
    private const long Group = EmulatorHarness.Group;

    [Fact]
    public async Task Pressing_a_button_sends_a_callback_query_whose_answer_the_test_can_read()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        var sent = await harness.Client.SendMessage(Alice, "Perceuse", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Réserver", "reserve:42")));

        var queryId = harness.Control.PressButtonLabelled(Alice, Alice, sent.Id, "Réserver");
        var update = Assert.Single(await harness.Client.GetUpdates(timeout: 0, offset: -1));
        await harness.Client.AnswerCallbackQuery(update.CallbackQuery!.Id, "C'est réservé pour vous.");
        var answer = await harness.Control.WaitForCallbackAnswerAsync(queryId, EmulatorHarness.Patience, CancellationToken.None);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.AnswerCallbackQuery(queryId));

        Assert.Equal(UpdateType.CallbackQuery, update.Type);
        Assert.Equal(queryId, update.CallbackQuery.Id);
        Assert.Equal("reserve:42", update.CallbackQuery.Data);
        Assert.Equal(sent.Id, update.CallbackQuery.Message!.Id);
        Assert.Equal(Alice, update.CallbackQuery.From.Id);
        Assert.Equal("C'est réservé pour vous.", answer.Text);
        Assert.False(answer.ShowAlert);
        Assert.Equal(400, again.ErrorCode);
        Assert.Contains(harness.Control.Calls, c => c.Method == "answerCallbackQuery" && c.StatusCode == 200);
    }

    [Fact]
    public async Task A_join_request_through_an_invite_link_is_approved_or_declined_by_the_bot()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(Group, Alice, asAdmin: true);
        var link = await harness.Client.CreateChatInviteLink(Group, name: "Résidents vérifiés", createsJoinRequest: true);

        harness.Control.RequestToJoin(Bob, link.InviteLink);
        harness.Control.CreateUser(1003, "Chloé");
        harness.Control.RequestToJoin(1003, link.InviteLink);
        var requests = (await harness.Client.GetUpdates(timeout: 0)).Where(u => u.Type == UpdateType.ChatJoinRequest).ToList();
        await harness.Client.ApproveChatJoinRequest(Group, Bob);
        await harness.Client.DeclineChatJoinRequest(Group, 1003);
        var twice = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.ApproveChatJoinRequest(Group, Bob));

        Assert.True(link.CreatesJoinRequest);
        Assert.Equal([Bob, 1003L], requests.Select(u => u.ChatJoinRequest!.From.Id));
        Assert.Equal(link.InviteLink, requests[0].ChatJoinRequest!.InviteLink!.InviteLink);
        Assert.Equal(Bob, requests[0].ChatJoinRequest!.UserChatId);
        Assert.True(harness.Control.IsMember(Group, Bob));
        Assert.False(harness.Control.IsMember(Group, 1003));
        Assert.Equal(
            [JoinRequestStatus.Approved, JoinRequestStatus.Declined],
            harness.Control.JoinRequests(Group).OrderBy(r => r.UserId).Select(r => r.Status));
        Assert.Equal("Bad Request: HIDE_REQUESTER_MISSING", twice.Message);
    }

    [Fact]
    public async Task Only_an_administrator_bot_may_create_invite_links()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(Group, Alice, asAdmin: false);

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.CreateChatInviteLink(Group, createsJoinRequest: true));

        Assert.Equal(400, refused.ErrorCode);
    }

    [Fact]
    public async Task After_a_migration_the_old_group_id_answers_with_the_new_one()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(Group, Alice, asAdmin: false);

        var newId = harness.Control.MigrateToSupergroup(Group);
        var moved = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Group, "Nouvelle annonce"));
        await harness.Client.SendMessage(moved.Parameters!.MigrateToChatId!.Value, "Nouvelle annonce");
        var updates = await harness.Client.GetUpdates(timeout: 0);

        Assert.Equal(400, moved.ErrorCode);
        Assert.Equal(newId, moved.Parameters.MigrateToChatId);
        Assert.Equal(ChatKind.Supergroup, harness.Control.Chat(newId).Kind);
        Assert.Equal("Nouvelle annonce", harness.Control.Messages(newId)[^1].Text);
        Assert.Contains(updates, u => u.Message?.MigrateToChatId == newId);
        Assert.Contains(updates, u => u.Message?.MigrateFromChatId == Group);
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_or_never_started_it_cannot_be_written_to()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();

        harness.Control.BlockBot(Alice);
        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Alice, "Votre annonce expire demain."));
        var stranger = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Bob, "Bonjour"));
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(424242, "Bonjour"));
        var kicked = (await harness.Client.GetUpdates(timeout: 0)).Single(u => u.Type == UpdateType.MyChatMember);

        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        Assert.Equal("Forbidden: bot can't initiate conversation with a user", stranger.Message);
        Assert.Equal("Bad Request: chat not found", unknown.Message);
        Assert.Equal(ChatMemberStatus.Kicked, kicked.MyChatMember!.NewChatMember.Status);
    }

    [Fact]
    public async Task A_user_edit_reaches_the_bot_as_an_edited_message()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var first = harness.Control.UserSends(Alice, Alice, "Je donne une chase");

        harness.Control.UserEdits(Alice, Alice, first.MessageId, "Je donne une chaise");
        var updates = await harness.Client.GetUpdates(timeout: 0);

        Assert.Equal(UpdateType.EditedMessage, updates[^1].Type);
        Assert.Equal("Je donne une chaise", updates[^1].EditedMessage!.Text);
        Assert.True(harness.Control.Messages(Alice)[0].IsEdited);
    }

    [Fact]
    public async Task Waiting_for_messages_wakes_on_the_bots_reply_and_times_out_readably()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();

        var waiting = harness.Control.WaitForBotMessagesAsync(Alice, 2, EmulatorHarness.Patience, CancellationToken.None);
        await harness.Client.SendMessage(Alice, "un");
        Assert.False(waiting.IsCompleted);
        await harness.Client.SendMessage(Alice, "deux");
        var messages = await waiting;
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() =>
            harness.Control.WaitForMessageAsync(Alice, m => m.Text == "trois", TimeSpan.FromMilliseconds(50), CancellationToken.None));

        Assert.Equal(["un", "deux"], messages.Select(m => m.Text));
        Assert.Contains("deux", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_may_write_to_someone_who_asked_to_join_for_five_minutes()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var harness = await EmulatorHarness.StartAsync(o => o.TimeProvider = clock);
        harness.Control.AddBotToGroup(Group, Alice, asAdmin: true);
        var link = await harness.Client.CreateChatInviteLink(Group, createsJoinRequest: true);

        harness.Control.RequestToJoin(Bob, link.InviteLink);
        await harness.Client.SendMessage(Bob, "Pour rejoindre le groupe, vérifions d'abord votre adresse.");
        clock.Advance(EmulatorControl.JoinRequestReplyWindow);
        var closed = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Bob, "Encore là ?"));

        Assert.Equal(403, closed.ErrorCode);
    }

    [Fact]
    public async Task In_privacy_mode_a_plain_command_reaches_the_bot_that_spoke_last_in_the_group()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(Group, Alice, asAdmin: false);
        await harness.Client.SendMessage(Group, "Bonjour à tous !");
        var before = await harness.Client.GetUpdates(timeout: 0);

        var reply = harness.Control.UserSends(Bob, Group, "Merci !", replyToMessageId: harness.Control.Messages(Group)[^1].MessageId);
        harness.Control.UserSends(Bob, Group, "/annonces");
        var updates = await harness.Client.GetUpdates(offset: before[^1].Id + 1, timeout: 0);

        Assert.Equal([reply.Text, "/annonces"], updates.Select(u => u.Message!.Text));
    }
}

using NeighbourBot.Telegram.Emulator.Control;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class GettingUpdatesTests
{
    [Fact]
    public async Task GetMe_describes_the_bot_the_token_belongs_to()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var me = await harness.Client.GetMe();

        Assert.Equal(harness.Emulator.Bot.Id, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("neighbourbot_test_bot", me.Username);
        Assert.False(me.CanReadAllGroupMessages);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_a_resident_writes()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var poll = harness.Client.GetUpdates(timeout: 30);
        await harness.Control.WaitForLongPollAsync(EmulatorHarness.Patience, CancellationToken.None);
        Assert.False(poll.IsCompleted);
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "/start bonjour");
        var updates = await poll.WaitAsync(EmulatorHarness.Patience);

        var update = Assert.Single(updates);
        Assert.Equal(UpdateType.Message, update.Type);
        Assert.Equal("/start bonjour", update.Message!.Text);
        Assert.Equal(EmulatorHarness.Alice, update.Message.From!.Id);
        Assert.Equal(ChatType.Private, update.Message.Chat.Type);
        var command = Assert.Single(update.Message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, command.Type);
        Assert.Equal(6, command.Length);
    }

    [Fact]
    public async Task An_offset_confirms_the_updates_below_it()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "un");
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "deux");

        var first = await harness.Client.GetUpdates(limit: 1, timeout: 0);
        var again = await harness.Client.GetUpdates(limit: 1, timeout: 0);
        var second = await harness.Client.GetUpdates(offset: first[0].Id + 1, timeout: 0);
        var none = await harness.Client.GetUpdates(offset: second[^1].Id + 1, timeout: 0);

        Assert.Equal("un", Assert.Single(first).Message!.Text);
        Assert.Equal(first[0].Id, Assert.Single(again).Id);
        Assert.Equal("deux", Assert.Single(second).Message!.Text);
        Assert.Empty(none);
        Assert.Equal(0, harness.Control.PendingUpdateCount());
    }

    [Fact]
    public async Task Allowed_updates_filter_what_the_bot_receives()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(EmulatorHarness.Group, EmulatorHarness.Alice, asAdmin: true);
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "bonjour");

        var updates = await harness.Client.GetUpdates(timeout: 0, allowedUpdates: [UpdateType.Message]);

        Assert.Equal(UpdateType.Message, Assert.Single(updates).Type);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_group_tells_it_its_new_status()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        harness.Control.AddBotToGroup(EmulatorHarness.Group, EmulatorHarness.Alice, asAdmin: true);
        var update = Assert.Single(await harness.Client.GetUpdates(timeout: 0));

        Assert.Equal(UpdateType.MyChatMember, update.Type);
        Assert.Equal(ChatMemberStatus.Left, update.MyChatMember!.OldChatMember.Status);
        Assert.Equal(ChatMemberStatus.Administrator, update.MyChatMember.NewChatMember.Status);
        Assert.Equal(EmulatorHarness.Group, update.MyChatMember.Chat.Id);
        Assert.Equal(EmulatorHarness.Alice, update.MyChatMember.From.Id);
    }

    [Fact]
    public async Task In_privacy_mode_a_group_member_bot_sees_only_commands_meant_for_it()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(EmulatorHarness.Group, EmulatorHarness.Alice, asAdmin: false);
        var joined = await harness.Client.GetUpdates(timeout: 0);
        var offset = joined[^1].Id + 1;

        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Group, "Quelqu'un a une perceuse ?");
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Group, "/lier montchapet");
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Group, "/lier@neighbourbot_test_bot montchapet");
        var updates = await harness.Client.GetUpdates(offset: offset, timeout: 0);

        Assert.Equal("/lier@neighbourbot_test_bot montchapet", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task Without_privacy_mode_or_as_an_administrator_the_bot_sees_everything()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.AddBotToGroup(EmulatorHarness.Group, EmulatorHarness.Alice, asAdmin: true);
        var joined = await harness.Client.GetUpdates(timeout: 0);

        harness.Control.UserSends(EmulatorHarness.Bob, EmulatorHarness.Group, "Quelqu'un a une perceuse ?");
        var updates = await harness.Client.GetUpdates(offset: joined[^1].Id + 1, timeout: 0);

        Assert.Equal("Quelqu'un a une perceuse ?", Assert.Single(updates).Message!.Text);
    }

    [Fact]
    public async Task A_second_poller_ends_the_first_with_a_conflict()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var first = harness.Client.GetUpdates(timeout: 30);
        await harness.Control.WaitForLongPollAsync(EmulatorHarness.Patience, CancellationToken.None);
        var other = new TelegramBotClient(new TelegramBotClientOptions(harness.Emulator.Token, harness.Emulator.BaseUrl) { RetryThreshold = 0 });
        var second = other.GetUpdates(timeout: 30);

        var conflict = await Assert.ThrowsAsync<global::Telegram.Bot.Exceptions.ApiRequestException>(() => first.WaitAsync(EmulatorHarness.Patience));
        Assert.Equal(409, conflict.ErrorCode);
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "bonjour");
        Assert.Single(await second.WaitAsync(EmulatorHarness.Patience));
    }

    [Fact]
    public async Task People_can_share_locations_photos_stickers_and_voice_notes()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var alice = EmulatorHarness.Alice;

        var live = harness.Control.UserSharesLocation(alice, alice, 47.33, 5.04, livePeriodSeconds: 900);
        harness.Control.UserMovesLiveLocation(alice, alice, live.MessageId, 47.34, 5.05);
        harness.Control.UserSendsPhoto(alice, alice, "Une chaise à donner");
        harness.Control.UserSendsSticker(alice, alice);
        harness.Control.UserSendsVoice(alice, alice);
        var updates = await harness.Client.GetUpdates(timeout: 0);

        Assert.Equal(5, updates.Length);
        Assert.Equal(900, updates[0].Message!.Location!.LivePeriod);
        Assert.Equal(47.34, updates[1].EditedMessage!.Location!.Latitude);
        Assert.Equal("Une chaise à donner", updates[2].Message!.Caption);
        Assert.NotEmpty(updates[2].Message!.Photo!);
        Assert.Equal(MessageType.Sticker, updates[3].Message!.Type);
        Assert.Equal(MessageType.Voice, updates[4].Message!.Type);
        Assert.Equal(EmulatedMessageKind.Voice, harness.Control.Messages(alice)[^1].Kind);
    }
}

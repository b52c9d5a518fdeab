using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class LimitsTests
{
    [Fact]
    public async Task Going_over_the_global_rate_is_answered_429_with_retry_after()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Limits.Enabled = true;
            o.Limits.GlobalPerSecond = 5;
        });
        var people = Enumerable.Range(2001, 6).Select(id => (long)id).ToList();
        foreach (var id in people)
        {
            harness.Control.CreateUser(id, "Voisin");
            harness.Control.UserSends(id, id, "/start");
        }

        for (var i = 0; i < 5; i++)
        {
            await harness.Client.SendMessage(people[i], "Nouvelle annonce dans votre quartier");
        }

        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(people[5], "Nouvelle annonce"));
        clock.Advance(TimeSpan.FromSeconds(limited.Parameters!.RetryAfter!.Value));
        await harness.Client.SendMessage(people[5], "Nouvelle annonce");

        Assert.Equal(429, limited.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 1", limited.Message);
        Assert.Equal(1, limited.Parameters.RetryAfter);
        Assert.Single(harness.Control.Calls, c => c.StatusCode == 429 && c.RetryAfter == 1);
        Assert.Empty(harness.Control.Messages(people[5]).Where(m => m.FromBot).Skip(1));
    }

    [Fact]
    public async Task A_private_chat_takes_a_short_burst_then_about_one_message_a_second()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Limits.Enabled = true;
        });
        await harness.AliceStartedTheBotAsync();
        harness.Control.UserSends(EmulatorHarness.Bob, EmulatorHarness.Bob, "/start");

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.SendMessage(EmulatorHarness.Alice, $"message {i}");
        }

        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(EmulatorHarness.Alice, "encore"));
        await harness.Client.SendMessage(EmulatorHarness.Bob, "un autre chat n'est pas touché");
        clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Client.SendMessage(EmulatorHarness.Alice, "encore");

        Assert.Equal(429, limited.ErrorCode);
        Assert.Equal(1, limited.Parameters!.RetryAfter);
    }

    [Fact]
    public async Task A_group_takes_twenty_messages_a_minute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var harness = await EmulatorHarness.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.Limits.Enabled = true;
        });
        harness.Control.AddBotToGroup(EmulatorHarness.Group, EmulatorHarness.Alice, asAdmin: true);

        for (var i = 0; i < 20; i++)
        {
            await harness.Client.SendMessage(EmulatorHarness.Group, $"annonce {i}");
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        var limited = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(EmulatorHarness.Group, "de trop"));

        Assert.Equal(429, limited.ErrorCode);
        Assert.InRange(limited.Parameters!.RetryAfter!.Value, 1, 3);
        Assert.Equal(20, harness.Control.Messages(EmulatorHarness.Group).Count(m => m.FromBot));
    }
}

using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Middleware;

public sealed class RateLimitMiddlewareSpecs
{
    [Fact]
    public async Task Group_chatter_is_dropped_silently_and_does_not_use_up_the_private_budget()
    {
        var world = new BotWorld { Pace = TimeSpan.FromMilliseconds(100) };
        world.Quartiers.Upsert(new() { Id = "centre-ville", Name = "Centre-ville", GroupChatIds = [-100500] });
        var group = world.Group(-100500, BotWorld.Operator);

        var groupReplies = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            groupReplies.AddRange((await group.SayAsync($"/moderateur {1000 + i}")).Texts);
        }

        Assert.Equal(world.RateLimit.MaxMessages, groupReplies.Count);
        Assert.DoesNotContain(RateLimitMiddleware.Notice, groupReplies);
        Assert.Equal(world.RateLimit.MaxMessages, world.Quartiers.Find("centre-ville")!.ModeratorIds.Count);
        Assert.Equal(NeighbourBotHandler.Help, (await world.Private(BotWorld.Operator).SayAsync("/aide")).AllText);
    }

    [Fact]
    public async Task A_new_window_answers_again()
    {
        var world = new BotWorld { Pace = TimeSpan.FromMilliseconds(100) };
        world.RateLimit.MaxMessages = 2;
        var chat = world.Private(101);

        var first = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            first.AddRange((await chat.SayAsync("/aide")).Texts);
        }

        world.Clock.Advance(TimeSpan.FromSeconds(world.RateLimit.WindowSeconds));
        var later = await chat.SayAsync("/aide");

        Assert.Equal([NeighbourBotHandler.Help, NeighbourBotHandler.Help, RateLimitMiddleware.Notice], first);
        Assert.Equal(NeighbourBotHandler.Help, later.AllText);
    }
}

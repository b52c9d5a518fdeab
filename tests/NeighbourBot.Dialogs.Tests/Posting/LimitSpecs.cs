using NeighbourBot.Dialogs.Posting;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class LimitSpecs
{
    private static readonly string[] Items = ["une télé", "un canapé", "une lampe", "une table", "des livres", "un vélo"];

    [Fact]
    public async Task A_resident_may_publish_five_listings_a_day_and_the_sixth_waits()
    {
        var world = World();
        for (var i = 0; i < 5; i++)
        {
            await PublishAsync(world, Marie, $"Je donne {Items[i]}");
        }

        var chat = world.Private(Marie);
        await chat.SayAsync($"Je donne {Items[5]}");
        var refused = await chat.PressAsync(PostingFlow.PublishPayload);
        world.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(PostingMessages.TooMany(5), refused.AllText);
        Assert.StartsWith("Merci !", tomorrow.AllText);
        Assert.Equal(6, world.Listings.All.Count);
    }

    [Fact]
    public async Task The_same_text_again_points_to_the_listing_already_online()
    {
        var world = World();
        var first = await PublishAsync(world, Marie, "Je donne une télé");
        var groupRows = world.Outbox.To(Group).Count;
        world.Clock.Advance(TimeSpan.FromDays(3));
        var chat = world.Private(Marie);

        await chat.SayAsync("je  donne une TÉLÉ");
        var said = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(PostingMessages.Duplicate("Télé"), said.AllText);
        Assert.Equal(ListingPayload.Of(ListingPayload.Withdraw, first.Id), said.PayloadOf("Retirer l'annonce"));
        Assert.Single(world.Listings.All);
        Assert.Equal(groupRows, world.Outbox.To(Group).Count);
    }

    [Fact]
    public async Task The_same_text_after_the_duplicate_window_is_a_new_listing()
    {
        var world = World();
        await PublishAsync(world, Marie, "Je donne une télé");
        world.Clock.Advance(TimeSpan.FromDays(15));

        await PublishAsync(world, Marie, "Je donne une télé");

        Assert.Equal(2, world.Listings.All.Count);
    }
}

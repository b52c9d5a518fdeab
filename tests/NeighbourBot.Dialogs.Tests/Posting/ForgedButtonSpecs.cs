using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class ForgedButtonSpecs
{
    [Theory]
    [InlineData(ListingPayload.Given)]
    [InlineData(ListingPayload.Withdraw)]
    [InlineData(ListingPayload.Unreserve)]
    public async Task Someone_elses_listing_cannot_be_changed(string action)
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Sophie).PressAsync(ListingPayload.Of(action, listing.Id));

        Assert.Equal(ListingManager.NotYours, said.AllText);
        Assert.Equal(listing, world.Listings.Find(listing.Id));
        Assert.Empty(Since(world, before));
    }

    [Fact]
    public async Task An_unknown_listing_id_changes_nothing()
    {
        var world = World();
        await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, 999_999));
        var inGroup = await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, 999_999));

        Assert.Equal(ListingManager.NotFound, said.AllText);
        Assert.Empty(inGroup.Activities);
        Assert.Equal([(Paul, ListingManager.NotFound)], Since(world, before).Select(r => (r.ChatId, r.Action.Text)));
        Assert.Empty(world.Relays.All);
    }

    [Theory]
    [InlineData("li:don:abc")]
    [InlineData("li:don:-1")]
    [InlineData("li:don:0")]
    [InlineData("li:zzz:1")]
    [InlineData("li:don")]
    [InlineData("rl:res:x")]
    [InlineData("li:don:99999999999999999999999")]
    public async Task A_garbage_payload_changes_nothing(string payload)
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(payload);
        var inGroup = await world.Group(Group, Marie).PressAsync(payload);

        Assert.Equal(NeighbourBotHandler.UnreadableButton, said.AllText);
        Assert.Empty(inGroup.Activities);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Empty(Since(world, before));
    }

    [Fact]
    public async Task A_relay_button_works_only_for_its_two_sides_and_reserving_only_for_the_poster()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var relay = world.Relays.All.Single();
        var before = world.Outbox.Rows.Count;

        var outsider = await world.Private(Sophie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relay.Id));
        var outsiderBlock = await world.Private(Sophie).PressAsync(RelayService.Payload(RelayService.BlockPayload, relay.Id));
        var neighbour = await world.Private(Paul).PressAsync(RelayService.Payload(RelayService.ReservePayload, relay.Id));
        var unknown = await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, 4242));

        Assert.Equal("Ce bouton ne vous concerne pas.", outsider.AllText);
        Assert.Equal("Ce bouton ne vous concerne pas.", outsiderBlock.AllText);
        Assert.Equal(ListingManager.NotYours, neighbour.AllText);
        Assert.Equal("Ce bouton ne vous concerne pas.", unknown.AllText);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Empty(world.Relays.Blocks);
        Assert.Empty(Since(world, before));
    }

    [Fact]
    public async Task A_button_from_the_preview_flow_without_a_draft_is_stale()
    {
        var world = World();

        var said = await world.Private(Marie).PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(NeighbourBotHandler.StaleButton, said.AllText);
        Assert.Empty(world.Listings.All);
    }
}

using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Relays;

public sealed class JourneySpecs
{
    private const long GroupChat = -100500;

    [Fact]
    public async Task A_tv_goes_from_one_private_chat_to_the_group_to_a_neighbour_and_the_group_sees_it_given()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new Quartier { Id = "centre-ville", Name = "Centre-ville", GroupChatIds = [GroupChat] });
        var marieChat = world.Private(201, "Marie");
        var paulChat = world.Private(202, "Paul");
        await Journeys.SignUpVerifiedAsync(world, marieChat, 201, "Marie Dupont");
        await Journeys.SignUpAsync(world, paulChat, 202, "Paul Martin");

        await marieChat.SayAsync("je donne une télé");
        await marieChat.PressAsync(PostingFlow.PublishPayload);
        world.Delivery.DeliverAll();
        var listing = world.Listings.All.Single();
        var post = world.Outbox.To(GroupChat).Single();
        Assert.Equal($"li:int:{listing.Id}", post.Action.Buttons[0][0].Data);

        await world.Group(GroupChat, 202).PressAsync(post.Action.Buttons[0][0].Data!, FakeDelivery.MessageIdOf(post));
        world.Delivery.DeliverAll();
        var notice = world.Outbox.To(201)[^1];
        Assert.StartsWith("🙋 Paul est intéressé(e)", notice.Action.Text);
        Assert.DoesNotContain("Martin", notice.Action.Text);

        await paulChat.SayAsync("Bonjour ! Je peux passer ce soir ?");
        await marieChat.SayAsync("Oui, 18 h devant la boulangerie.", a => a.Properties[ChannelConventions.ReplyToMessageIdKey] = FakeDelivery.MessageIdOf(notice));
        Assert.Equal("💬 Paul (« Télé ») :\nBonjour ! Je peux passer ce soir ?", world.Outbox.To(201)[^1].Action.Text);
        Assert.Equal("💬 Marie (« Télé ») :\nOui, 18 h devant la boulangerie.", world.Outbox.To(202)[^1].Action.Text);

        var reserveFor = notice.Action.Buttons.SelectMany(r => r).Single(b => b.Text == "Réserver pour Paul").Data!;
        await marieChat.PressAsync(reserveFor);
        Assert.StartsWith("🔒 <b>Réservé</b>", world.Outbox.To(GroupChat)[^1].Action.Text);

        await marieChat.PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));
        var given = world.Outbox.To(GroupChat)[^1];
        Assert.Equal((OutboundActionKind.EditText, (long?)FakeDelivery.MessageIdOf(post)), (given.Action.Kind, given.Action.MessageId));
        Assert.StartsWith("✅ <b>Donné</b>", given.Action.Text);
        Assert.Empty(given.Action.Buttons);
        Assert.Equal(RelayMessages.MarkedGiven("Marie", "Télé", "Donné"), world.Outbox.To(202)[^1].Action.Text);
        Assert.Equal(ListingStatus.Given, world.Listings.Find(listing.Id)!.Status);
    }
}

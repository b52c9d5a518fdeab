using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Tests.Fakes;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class EditSpecs
{
    [Fact]
    public async Task I_can_change_the_text_and_the_group_message_is_edited_in_place()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var chat = world.Private(Marie);
        var before = world.Outbox.Rows.Count;

        var menu = await chat.PressAsync(ListingPayload.Of(ListingPayload.Edit, listing.Id));
        var ask = await chat.PressAsync(ListingEditFlow.TextPayload);
        var done = await chat.SayAsync("Je donne une télé 80 cm avec sa télécommande, appelez le 06 12 34 56 78");

        Assert.Equal(["Le texte", "La quantité", "Le prix", "Rien, finalement"], menu.ButtonTitles);
        Assert.Equal(ListingEditFlow.AskNewText, ask.AllText);
        Assert.StartsWith(ListingEditFlow.Edited, done.AllText);
        Assert.Contains("masqué", done.AllText);
        var edit = Assert.Single(Neighbours.Since(world, before));
        Assert.Equal((Group, OutboundActionKind.EditText, (long?)FakeDelivery.MessageIdOf(world.Outbox.To(Group)[0])),
            (edit.ChatId, edit.Action.Kind, edit.Action.MessageId));
        Assert.Contains("avec sa télécommande", edit.Action.Text);
        Assert.DoesNotContain("56 78", edit.Action.Text);
        Assert.Equal([ListingText.InterestedTitle, ListingText.ReportTitle], Titles(edit));
    }

    [Fact]
    public async Task I_can_change_the_quantity_and_the_price_with_one_typed_answer_each()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je vends des chaises");
        var chat = world.Private(Marie);

        await chat.PressAsync(ListingPayload.Of(ListingPayload.Edit, listing.Id));
        await chat.PressAsync(ListingEditFlow.QuantityPayload);
        var bad = await chat.SayAsync("beaucoup");
        await chat.SayAsync("4");
        await chat.PressAsync(ListingPayload.Of(ListingPayload.Edit, listing.Id));
        await chat.PressAsync(ListingEditFlow.PricePayload);
        var badPrice = await chat.SayAsync("cher");
        await chat.SayAsync("7,50 €");

        Assert.Equal(ListingEditFlow.BadQuantity, bad.AllText);
        Assert.Equal(ListingEditFlow.BadPrice, badPrice.AllText);
        var saved = world.Listings.Find(listing.Id)!;
        Assert.Equal((4, 7.50m), (saved.Quantity, saved.PriceEur));
        Assert.Contains("Quantité : 4 · Prix : 7,50 €", world.Outbox.To(Group)[^1].Action.Text);
    }

    [Fact]
    public async Task Only_the_poster_can_edit_and_not_once_the_listing_is_given()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        var stranger = await world.Private(Sophie).PressAsync(ListingPayload.Of(ListingPayload.Edit, listing.Id));
        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));
        var given = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Edit, listing.Id));

        Assert.Equal(ListingManager.NotYours, stranger.AllText);
        Assert.Equal(ListingManager.Closed(world.Listings.Find(listing.Id)!), given.AllText);
    }
}

using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Posting;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class ModifierSpecs
{
    [Fact]
    public async Task I_can_change_the_kind_the_category_and_the_title_without_starting_over()
    {
        var world = World();
        var chat = world.Private(Marie);
        await chat.SayAsync("je donne une télé");

        var menu = await chat.PressAsync(PostingFlow.ModifyPayload);
        var kinds = await chat.PressAsync(PostingFlow.ChangeKindPayload);
        await chat.PressAsync(PostingFlow.KindPrefix + "sell");
        await chat.PressAsync(PostingFlow.ModifyPayload);
        var categories = await chat.PressAsync(PostingFlow.ChangeCategoryPayload);
        await chat.PressAsync(PostingFlow.CategoryPrefix + "appliances");
        await chat.PressAsync(PostingFlow.ModifyPayload);
        var askTitle = await chat.PressAsync(PostingFlow.ChangeTitlePayload);
        var preview = await chat.SayAsync("Télévision Philips 80 cm");
        await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal([PostingMessages.ChangeKind, PostingMessages.ChangeCategory, PostingMessages.ChangeTitle, PostingMessages.Back], menu.ButtonTitles);
        Assert.Equal(11, kinds.ButtonTitles.Count);
        Assert.Equal(24, categories.ButtonTitles.Count);
        Assert.All(categories.Buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount((string)b.Value) <= 64));
        Assert.Equal(PostingMessages.AskTitle, askTitle.AllText);
        Assert.Contains("Type : Vente", preview.AllText);
        Assert.Contains("Catégorie : Électroménager", preview.AllText);
        Assert.Contains("Titre : Télévision Philips 80 cm", preview.AllText);
        var listing = world.Listings.All.Single();
        Assert.Equal((ListingKind.Sell, ListingCategory.Appliances, "Télévision Philips 80 cm", "je donne une télé"),
            (listing.Kind, listing.Category, listing.Title, listing.Text));
        Assert.StartsWith("<b>Vente : Télévision Philips 80 cm</b>", world.Outbox.To(Group).Single().Action.Text);
    }

    [Fact]
    public async Task A_title_too_long_is_asked_again_and_back_returns_to_the_preview()
    {
        var world = World();
        var chat = world.Private(Marie);
        await chat.SayAsync("je donne une télé");
        await chat.PressAsync(PostingFlow.ModifyPayload);
        await chat.PressAsync(PostingFlow.ChangeTitlePayload);

        var tooLong = await chat.SayAsync(new string('x', 200));
        var back = await chat.PressAsync(PostingFlow.BackPayload);

        Assert.Equal(PostingMessages.TitleTooLong, tooLong.AllText);
        Assert.Contains("Titre : Télé", back.AllText);
    }

    [Fact]
    public async Task A_forged_kind_or_category_is_asked_again()
    {
        var world = World();
        var chat = world.Private(Marie);
        await chat.SayAsync("je donne une télé");
        await chat.PressAsync(PostingFlow.ModifyPayload);
        await chat.PressAsync(PostingFlow.ChangeKindPayload);

        var forged = await chat.PressAsync(PostingFlow.KindPrefix + "none");
        var unknown = await chat.PressAsync(PostingFlow.KindPrefix + "rocket");
        var back = await chat.PressAsync(PostingFlow.BackPayload);

        Assert.StartsWith(PostingMessages.PickKind, forged.AllText);
        Assert.StartsWith(PostingMessages.PickKind, unknown.AllText);
        Assert.Contains("Type : Don", back.AllText);
    }

    [Fact]
    public async Task Rewriting_the_message_at_the_preview_replaces_the_draft()
    {
        var world = World();
        var chat = world.Private(Marie);
        await chat.SayAsync("je donne une télé");

        var preview = await chat.SayAsync("je donne deux chaises");

        Assert.Contains("Titre : Chaise\n", preview.AllText);
        Assert.Contains("Quantité : 2", preview.AllText);
    }
}

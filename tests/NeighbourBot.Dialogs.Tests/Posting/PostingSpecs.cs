using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class PostingSpecs
{
    [Fact]
    public async Task I_can_give_a_tv_in_two_taps_and_it_appears_in_the_quartier_group()
    {
        var world = World();
        var chat = world.Private(Marie);

        var preview = await chat.SayAsync("je donne une télé");
        var published = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Contains("Type : Don", preview.AllText);
        Assert.Contains("Titre : Télé", preview.AllText);
        Assert.Equal([PostingMessages.Publish, PostingMessages.Modify, PostingMessages.Cancel], preview.ButtonTitles);
        Assert.Equal(PostingMessages.Published(1, ListingKind.Give), published.AllText);
        var listing = Assert.Single(world.Listings.All);
        Assert.Equal((ListingKind.Give, ListingStatus.Open, Marie, Quartier), (listing.Kind, listing.Status, listing.AuthorId, listing.QuartierId));
        Assert.Equal(world.Clock.GetUtcNow().AddDays(14), listing.ExpiresAt);
        var broadcast = Assert.Single(world.Outbox.To(Group));
        Assert.Equal((OutboxPriority.Broadcast, $"listing:{listing.Id}", OutboundActionKind.SendText, true),
            (broadcast.Priority, broadcast.Correlation, broadcast.Action.Kind, broadcast.Action.IsHtml));
        Assert.StartsWith("<b>Don : Télé</b>\nje donne une télé\n", broadcast.Action.Text);
        Assert.EndsWith("— Marie, quartier Centre-ville", broadcast.Action.Text);
        Assert.DoesNotContain("Secret", broadcast.Action.Text);
        Assert.Equal([ListingText.InterestedTitle, ListingText.ReportTitle], Titles(broadcast));
        Assert.Equal([$"li:int:{listing.Id}", $"li:rep:{listing.Id}"], Payloads(broadcast));
        var manage = Assert.Single(world.Outbox.To(Marie));
        Assert.Equal(PostingMessages.Manage("Télé"), manage.Action.Text);
    }

    [Fact]
    public async Task A_chair_and_a_table_are_both_named_in_the_title()
    {
        var world = World();
        var chat = world.Private(Marie);

        var preview = await chat.SayAsync("je donne 3 chaises en bois et une table basse");
        await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Contains("Titre : Chaise et table basse\n", preview.AllText);
        Assert.StartsWith("<b>Don : Chaise et table basse</b>", Assert.Single(world.Outbox.To(Group)).Action.Text);
    }

    [Theory]
    [InlineData(new[] { "perceuse" }, "perceuse")]
    [InlineData(new[] { "chaise", "table basse", "lampe" }, "chaise, table basse et lampe")]
    [InlineData(new[] { "pot", " Pot ", "" }, "pot")]
    [InlineData(new[] { "armoire normande en chêne massif", "commode assortie à trois tiroirs", "table de chevet" },
        "armoire normande en chêne massif, commode assortie à trois tiroirs…")]
    public void A_title_names_as_many_whole_items_as_fit(string[] items, string title)
    {
        var made = ListingText.TitleOfItems(items);

        Assert.Equal(title, made);
        Assert.True(made.Length <= ListingText.MaxTitle);
    }

    [Fact]
    public async Task The_delivered_broadcast_is_remembered_on_the_listing_for_later_edits()
    {
        var world = World();

        var listing = await PublishAsync(world, Marie, "Je donne un canapé en bon état");

        var row = world.Outbox.To(Group).Single();
        Assert.Equal([new BroadcastRef(Group, FakeDelivery.MessageIdOf(row), false)], listing.Broadcasts);
    }

    [Theory]
    [InlineData("il pleut encore aujourd'hui")]
    [InlineData("le bruit cette nuit, c'était quoi ?")]
    public async Task A_message_that_is_not_a_listing_gets_help_not_silence(string text)
    {
        var world = World();

        var said = await world.Private(Marie).SayAsync(text);

        Assert.Equal(PostingMessages.NotAListing, said.AllText);
        Assert.Empty(world.Listings.All);
    }

    [Fact]
    public async Task Annonce_asks_for_the_text_then_shows_the_preview()
    {
        var world = World();
        var chat = world.Private(Marie);

        var ask = await chat.SayAsync("/annonce");
        var notYet = await chat.SayAsync("bonjour");
        var preview = await chat.SayAsync("Je prête ma perceuse ce week-end");

        Assert.Equal(PostingMessages.AskText, ask.AllText);
        Assert.Equal(PostingMessages.NotAListing, notYet.AllText);
        Assert.Contains("Type : Prêt", preview.AllText);
    }

    [Fact]
    public async Task Masked_contact_details_stay_masked_unless_the_poster_keeps_them()
    {
        var world = World();
        var chat = world.Private(Marie);

        var preview = await chat.SayAsync("Je donne un canapé, appelez-moi au 06 12 34 56 78");
        await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Contains(PostingMessages.ContactsMasked, preview.AllText);
        Assert.Contains(PostingMessages.KeepContacts, preview.ButtonTitles);
        Assert.DoesNotContain("06 12 34 56 78", preview.AllText);
        Assert.DoesNotContain("56 78", world.Outbox.To(Group).Single().Action.Text);

        var kept = await chat.SayAsync("Je donne une table, appelez-moi au 06 12 34 56 78");
        var again = await chat.PressAsync(PostingFlow.KeepPayload);
        await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Contains(PostingMessages.KeepContacts, kept.ButtonTitles);
        Assert.Contains(PostingMessages.ContactsKept, again.AllText);
        Assert.DoesNotContain(PostingMessages.KeepContacts, again.ButtonTitles);
        Assert.Contains("06 12 34 56 78", world.Outbox.To(Group)[^1].Action.Text);
        Assert.True(world.Listings.All[^1].KeepContacts);
    }

    [Fact]
    public async Task A_photo_with_a_caption_makes_a_photo_listing()
    {
        var world = World();

        var listing = await PublishAsync(world, Marie, "Je donne ce fauteuil", Photo("AgADfauteuil"));

        Assert.Equal(["AgADfauteuil"], listing.PhotoIds);
        var row = world.Outbox.To(Group).Single();
        Assert.Equal((OutboundActionKind.SendPhoto, "AgADfauteuil"), (row.Action.Kind, row.Action.PhotoId));
        Assert.True(listing.Broadcasts.Single().IsPhoto);
    }

    [Fact]
    public async Task A_photo_without_a_caption_is_asked_for_one()
    {
        var world = World();

        var said = await world.Private(Marie).SayAsync("", Photo());

        Assert.Equal(PostingMessages.PhotoNeedsCaption, said.AllText);
        Assert.Empty(world.Listings.All);
    }

    [Fact]
    public async Task Annuler_publishes_nothing()
    {
        var world = World();
        var chat = world.Private(Marie);
        await chat.SayAsync("Je donne une télé");

        var said = await chat.PressAsync(PostingFlow.CancelPayload);
        var stale = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(PostingMessages.Cancelled, said.AllText);
        Assert.Equal(NeighbourBotHandler.StaleButton, stale.AllText);
        Assert.Empty(world.Listings.All);
        Assert.Empty(world.Outbox.Rows);
    }

    [Fact]
    public async Task A_resident_without_a_second_factor_is_told_how_to_get_one_and_the_draft_waits()
    {
        var world = World();
        var chat = world.Private(Paul);
        await chat.SayAsync("Je donne des pots de confiture");

        var refused = await chat.PressAsync(PostingFlow.PublishPayload);
        world.Residents.Upsert(world.Residents.Find(Paul)! with { Verification = VerificationLevel.Verified });
        var resumed = await chat.SayAsync("/start");
        var published = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Contains(PostingMessages.NotVerified, refused.AllText);
        Assert.Contains("partager votre position", refused.AllText);
        Assert.Contains("Voici votre annonce", resumed.AllText);
        Assert.StartsWith("Merci !", published.AllText);
        Assert.Single(world.Listings.All);
    }

    [Theory]
    [InlineData("Je cherche une poussette canne", "Je vous préviens dès qu'un voisin peut vous aider.")]
    [InlineData("Qui pourrait m'aider à monter une armoire samedi ?", "Je vous préviens dès qu'un voisin peut vous aider.")]
    [InlineData("J'ai perdu mes clés rue Monge, un trousseau avec un porte-clés rouge", "Je vous préviens dès qu'un voisin a une piste.")]
    [InlineData("Je donne une télé", "Je vous préviens dès qu'un voisin est intéressé.")]
    public async Task The_thanks_after_publishing_says_what_the_poster_waits_for(string text, string promise)
    {
        var chat = World().Private(Marie);
        await chat.SayAsync(text);

        var published = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.EndsWith(promise, published.AllText);
    }

    /// <summary>Paul (address checked, no second factor yet, living at 12 rue de la Liberté) wrote a listing and pressed Publier.</summary>
    private static async Task<(BotWorld World, TestChat Chat, ResidentAddress Home)> DraftWaitingForVerificationAsync()
    {
        var world = World();
        var home = Places.LiberteAddress;
        world.Residents.Upsert(world.Residents.Find(Paul)! with { Address = home });
        var chat = world.Private(Paul);
        await chat.SayAsync("Je donne des pots de confiture");
        await chat.PressAsync(PostingFlow.PublishPayload);
        return (world, chat, home);
    }

    [Fact]
    public async Task A_draft_that_waited_comes_back_as_soon_as_the_location_verifies_the_resident()
    {
        var (world, chat, home) = await DraftWaitingForVerificationAsync();

        var verified = await chat.ShareLocationAsync(home.Latitude, home.Longitude, live: true, accuracy: 10);
        var published = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Contains("votre position confirme votre adresse", verified.AllText);
        Assert.Contains("Voici votre annonce", verified.AllText);
        Assert.Contains("« Je donne des pots de confiture »", verified.AllText);
        Assert.StartsWith("Merci !", published.AllText);
        Assert.Single(world.Listings.All);
    }

    [Fact]
    public async Task A_location_that_does_not_verify_brings_no_draft_back()
    {
        var (world, chat, home) = await DraftWaitingForVerificationAsync();

        var refused = await chat.ShareLocationAsync(home.Latitude + 0.05, home.Longitude, live: true, accuracy: 10);

        Assert.Contains("je ne peux pas la valider", refused.AllText);
        Assert.DoesNotContain("Voici votre annonce", refused.AllText);
    }

    [Fact]
    public async Task In_digest_only_mode_nothing_is_posted_to_the_group_at_once()
    {
        var world = World();
        world.ListingOptions.GroupMode = ListingGroupMode.DigestOnly;
        var chat = world.Private(Marie);
        await chat.SayAsync("Je donne une télé");

        var said = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(PostingMessages.PublishedDigestOnly, said.AllText);
        Assert.Equal(ListingStatus.Open, world.Listings.All.Single().Status);
        Assert.Empty(world.Outbox.To(Group));
    }

    [Fact]
    public async Task A_quartier_without_a_group_keeps_the_listing_for_later()
    {
        var world = World();
        Add(world, 105, "Lucie", quartierId: "gresilles");
        var chat = world.Private(105);
        await chat.SayAsync("Je donne une télé");

        var said = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(PostingMessages.Published(0, ListingKind.Give), said.AllText);
        Assert.Single(world.Listings.All);
        Assert.All(world.Outbox.Rows, r => Assert.Equal(105, r.ChatId));
    }

    [Fact]
    public async Task Someone_not_signed_up_is_sent_to_signup_before_posting()
    {
        var world = World();

        var said = await world.Private(Stranger).SayAsync("/annonce je donne une télé");

        Assert.Equal(NeighbourBotHandler.PostingNeedsSignup, said.AllText);
        Assert.Empty(world.Listings.All);
    }

    [Fact]
    public async Task A_photo_sent_during_signup_does_not_restart_it()
    {
        var world = World();
        var chat = world.Private(Stranger);
        await chat.SayAsync("/start");

        var said = await chat.SayAsync("", Photo());
        var resumed = await chat.SayAsync("/start");

        Assert.Equal(NeighbourBotHandler.UnsupportedContent, said.AllText);
        Assert.Equal(NeighbourBot.Dialogs.Signup.SignupMessages.AskName, resumed.AllText);
    }
}

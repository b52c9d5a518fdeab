using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class StatusSpecs
{
    private static async Task<(BotWorld World, Listing Listing, long RelayId)> ReservableAsync(Action<Microsoft.Bot.Schema.Activity>? shape = null)
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé", shape);
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        world.Delivery.DeliverAll();
        return (world, listing, world.Relays.All.Single().Id);
    }

    private static long BroadcastId(BotWorld world) => FakeDelivery.MessageIdOf(world.Outbox.To(Group).First(r => r.Action.Kind is OutboundActionKind.SendText or OutboundActionKind.SendPhoto));

    [Fact]
    public async Task Reserving_for_a_neighbour_edits_the_group_message_and_tells_the_neighbour()
    {
        var (world, listing, relayId) = await ReservableAsync();
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));

        Assert.Equal("C'est noté : « Télé » est réservé pour Paul. Le groupe le voit.", said.Texts[0]);
        Assert.Equal(["Annuler la réservation", "✅ Donné", "Retirer l'annonce"], said.ButtonTitles);
        var saved = world.Listings.Find(listing.Id)!;
        Assert.Equal((ListingStatus.Reserved, (long?)Paul), (saved.Status, saved.ReservedFor));
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Equal((OutboundActionKind.EditText, (long?)BroadcastId(world), OutboxPriority.Broadcast, true),
            (edit.Action.Kind, edit.Action.MessageId, edit.Priority, edit.Action.IsHtml));
        Assert.StartsWith("🔒 <b>Réservé</b>\n<b>Don : Télé</b>", edit.Action.Text);
        Assert.Equal([ListingText.ReportTitle], Titles(edit));
        var told = Assert.Single(rows, r => r.ChatId == Paul);
        Assert.Equal(RelayMessages.Reserved("Marie", "Télé", ListingKind.Give), told.Action.Text);
    }

    [Fact]
    public async Task A_request_is_answered_with_an_offer_of_help_and_the_poster_accepts_it()
    {
        var (world, listing, groupButtons, rows) = await AnsweredByPaulAsync("Quelqu'un pourrait me prêter une échelle ce week-end ?", ListingKind.Borrow);

        Assert.Equal([ListingText.CanHelpTitle, ListingText.ReportTitle], groupButtons);
        var toMarie = Assert.Single(rows, r => r.ChatId == Marie);
        Assert.StartsWith($"🙋 Paul peut vous aider pour votre annonce « {listing.Title} ». ", toMarie.Action.Text);
        Assert.Equal("Accepter l'aide de Paul", Titles(toMarie)[0]);
        Assert.StartsWith($"C'est noté : Marie sait que vous pouvez l'aider pour « {listing.Title} ».", Assert.Single(rows, r => r.ChatId == Paul).Action.Text);
        world.Delivery.DeliverAll();
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, world.Relays.All.Single().Id));

        Assert.Equal($"C'est noté : Paul s'occupe de « {listing.Title} ». Le groupe le voit.", said.Texts[0]);
        rows = Since(world, before);
        Assert.StartsWith($"🔒 <b>Un voisin s'en occupe</b>\n<b>Emprunt : {listing.Title}</b>", Assert.Single(rows, r => r.ChatId == Group).Action.Text);
        Assert.Equal($"Bonne nouvelle : Marie accepte votre aide pour « {listing.Title} ». Convenez ensemble, ici, du moment pour vous retrouver.",
            Assert.Single(rows, r => r.ChatId == Paul).Action.Text);
        Assert.Equal(["Chercher quelqu'un d'autre", "✅ Reçu", "Retirer l'annonce"], said.ButtonTitles);
        world.Delivery.DeliverAll();
        before = world.Outbox.Rows.Count;

        var reopened = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Unreserve, listing.Id));

        Assert.Equal("C'est fait : votre annonce est de nouveau ouverte aux voisins qui peuvent vous aider.", reopened.Texts[0]);
        Assert.Equal($"Marie ne compte plus sur votre aide pour « {listing.Title} ». Merci pour votre proposition !",
            Assert.Single(Since(world, before), r => r.ChatId == Paul).Action.Text);
    }

    [Fact]
    public async Task A_found_item_is_claimed_with_its_own_words_and_the_finder_is_told_to_ask_for_a_description()
    {
        var (_, listing, groupButtons, rows) = await AnsweredByPaulAsync("J'ai trouvé un trousseau de clés devant la boulangerie ce matin", ListingKind.Found);

        Assert.Equal(ListingText.MineTitle, groupButtons[0]);
        var toMarie = Assert.Single(rows, r => r.ChatId == Marie);
        Assert.StartsWith($"🙋 Paul pense que « {listing.Title} » lui appartient. Avant de le rendre, demandez-lui de le décrire.", toMarie.Action.Text);
        Assert.Equal("Le rendre à Paul", Titles(toMarie)[0]);
        Assert.Contains("Décrivez-le-lui", Assert.Single(rows, r => r.ChatId == Paul).Action.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_on_a_lost_thing_opens_a_conversation_with_nothing_to_reserve()
    {
        var (_, listing, groupButtons, rows) = await AnsweredByPaulAsync("J'ai perdu mon chat roux hier soir vers le parc, il s'appelle Filou", ListingKind.Lost);

        Assert.Equal(ListingText.HaveALeadTitle, groupButtons[0]);
        var toMarie = Assert.Single(rows, r => r.ChatId == Marie);
        Assert.StartsWith($"🙋 Paul a peut-être une piste pour votre annonce « {listing.Title} ». ", toMarie.Action.Text);
        Assert.Equal([RelayMessages.Reply, RelayMessages.NotNow, RelayMessages.Block, RelayMessages.Report], Titles(toMarie));
    }

    /// <summary>Marie publishes <paramref name="text"/> (read as <paramref name="kind"/>); Paul presses its answer button in the group.</summary>
    private static async Task<(BotWorld World, Listing Listing, IReadOnlyList<string> GroupButtons, IReadOnlyList<OutboxMessage> Rows)> AnsweredByPaulAsync(string text, ListingKind kind)
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, text);
        Assert.Equal(kind, listing.Kind);
        var groupButtons = Titles(world.Outbox.To(Group).First(r => r.Action.Kind == OutboundActionKind.SendText));
        var before = world.Outbox.Rows.Count;

        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        return (world, listing, groupButtons, Since(world, before));
    }

    [Theory]
    [InlineData(ListingKind.Give, "🙋 Ça m'intéresse", "Réservé")]
    [InlineData(ListingKind.Sell, "🙋 Ça m'intéresse", "Réservé")]
    [InlineData(ListingKind.Event, "🙋 Ça m'intéresse", "Réservé")]
    [InlineData(ListingKind.Seek, "🙋 Je peux aider", "Un voisin s'en occupe")]
    [InlineData(ListingKind.HelpRequest, "🙋 Je peux aider", "Un voisin s'en occupe")]
    [InlineData(ListingKind.Lost, "🙋 J'ai une piste", "Réservé")]
    [InlineData(ListingKind.Found, "🙋 C'est à moi", "Propriétaire retrouvé")]
    public void Each_kind_has_its_own_answer_button_and_reserved_line(ListingKind kind, string button, string reserved)
    {
        Assert.Equal((button, reserved), (ListingText.InterestedLabel(kind), ListingText.ReservedLabel(kind)));
    }

    [Fact]
    public async Task Cancelling_the_reservation_puts_the_interested_button_back()
    {
        var (world, listing, relayId) = await ReservableAsync();
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Unreserve, listing.Id));

        Assert.Equal(ListingManager.Unreserved, said.Texts[0]);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Null(world.Listings.Find(listing.Id)!.ReservedFor);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.StartsWith("<b>Don : Télé</b>", edit.Action.Text);
        Assert.Equal([ListingText.InterestedTitle, ListingText.ReportTitle], Titles(edit));
        Assert.Equal(RelayMessages.ReservationCancelled("Marie", "Télé", ListingKind.Give), Assert.Single(rows, r => r.ChatId == Paul).Action.Text);
    }

    [Fact]
    public async Task Marking_given_edits_the_group_message_removes_its_buttons_and_thanks_the_neighbour()
    {
        var (world, listing, relayId) = await ReservableAsync();
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));
        var before = world.Outbox.Rows.Count;

        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));

        Assert.Equal(ListingStatus.Given, world.Listings.Find(listing.Id)!.Status);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Equal((OutboundActionKind.EditText, (long?)BroadcastId(world)), (edit.Action.Kind, edit.Action.MessageId));
        Assert.StartsWith("✅ <b>Donné</b>\n", edit.Action.Text);
        Assert.Empty(edit.Action.Buttons);
        Assert.Equal(RelayMessages.MarkedGiven("Marie", "Télé", "Donné"), Assert.Single(rows, r => r.ChatId == Paul).Action.Text);
    }

    [Fact]
    public async Task A_given_listing_counts_in_the_record_shown_to_the_next_poster()
    {
        var (world, listing, relayId) = await ReservableAsync();
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));
        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));
        var lamp = await PublishAsync(world, Sophie, "Je donne une lampe");
        var before = world.Outbox.Rows.Count;

        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, lamp.Id));

        var notice = Assert.Single(Since(world, before), r => r.ChatId == Sophie).Action.Text;
        Assert.Contains("Par le bot, Paul a donné 0 fois et reçu 1 fois.", notice);
    }

    [Fact]
    public async Task Withdrawing_strikes_the_group_message_and_removes_its_buttons()
    {
        var (world, listing, _) = await ReservableAsync();
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Withdraw, listing.Id));

        Assert.Equal(ListingManager.Withdrawn, said.AllText);
        Assert.Equal(ListingStatus.Withdrawn, world.Listings.Find(listing.Id)!.Status);
        var edit = Assert.Single(Since(world, before), r => r.ChatId == Group);
        Assert.Equal("<b>Annonce retirée par son auteur</b>\n<s><b>Don : Télé</b></s>\n— Marie, quartier Centre-ville", edit.Action.Text);
        Assert.Empty(edit.Action.Buttons);
    }

    [Fact]
    public async Task A_photo_listing_is_edited_by_its_caption()
    {
        var (world, listing, relayId) = await ReservableAsync(Photo("AgADtele"));
        var before = world.Outbox.Rows.Count;

        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));

        var edit = Assert.Single(Since(world, before), r => r.ChatId == Group);
        Assert.Equal((OutboundActionKind.EditCaption, (long?)BroadcastId(world)), (edit.Action.Kind, edit.Action.MessageId));
        Assert.True(edit.Action.Text.Length <= ListingText.MaxCaption);
    }

    [Fact]
    public async Task A_stale_button_gets_a_polite_answer_and_changes_nothing()
    {
        var (world, listing, relayId) = await ReservableAsync();
        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));
        var before = world.Outbox.Rows.Count;

        var again = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));
        var reserve = await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));
        var withdraw = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Withdraw, listing.Id));
        var interested = await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        Assert.Equal(ListingManager.Closed(world.Listings.Find(listing.Id)!), again.AllText);
        Assert.Equal(ListingManager.Closed(world.Listings.Find(listing.Id)!), reserve.AllText);
        Assert.Equal(ListingManager.Closed(world.Listings.Find(listing.Id)!), withdraw.AllText);
        Assert.Empty(interested.Activities);
        Assert.Equal([(Sophie, RelayMessages.NotOpen("Télé"))], Since(world, before).Select(r => (r.ChatId, r.Action.Text)));
        Assert.Equal(ListingStatus.Given, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task Mes_annonces_lists_my_open_listings_with_their_buttons()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        var said = await world.Private(Marie).SayAsync("/mesannonces");
        var none = await world.Private(Sophie).SayAsync("/mesannonces");

        Assert.Equal("Don : Télé", said.AllText);
        Assert.Equal(["✏️ Modifier", "✅ Donné", "Retirer l'annonce"], said.ButtonTitles);
        Assert.Equal(ListingPayload.Of(ListingPayload.Withdraw, listing.Id), said.PayloadOf("Retirer l'annonce"));
        Assert.Equal(ListingManager.NoListings, none.AllText);
    }

    [Fact]
    public async Task A_request_is_marked_received()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "Je cherche une perceuse pour samedi");

        var said = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));

        Assert.True(ListingText.IsRequest(listing.Kind));
        Assert.Contains("« Reçu »", said.AllText);
        Assert.StartsWith("✅ <b>Reçu</b>", world.Outbox.To(Group)[^1].Action.Text);
    }

    [Fact]
    public async Task Other_interested_neighbours_learn_that_the_listing_is_gone()
    {
        var (world, listing, relayId) = await ReservableAsync();
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relayId));
        var before = world.Outbox.Rows.Count;

        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));

        var told = Since(world, before).Where(r => r.ChatId != Group).Select(r => (r.ChatId, r.Action.Text));
        Assert.Equal([(Paul, RelayMessages.MarkedGiven("Marie", "Télé", "Donné")), (Sophie, RelayMessages.NotOpen("Télé"))], told);
    }
}

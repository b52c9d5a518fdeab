using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Tests.Fakes;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Relays;

public sealed class RelaySpecs
{
    [Fact]
    public async Task A_neighbour_taps_interested_in_the_group_and_the_two_talk_through_the_bot()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;

        var inGroup = await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id), 1001);

        Assert.Empty(inGroup.Activities);
        var rows = Since(world, before);
        var toMarie = Assert.Single(rows, r => r.ChatId == Marie);
        var toPaul = Assert.Single(rows, r => r.ChatId == Paul);
        var relay = Assert.Single(world.Relays.All);
        Assert.Equal((listing.Id, Marie, Paul, RelayStatus.Open), (relay.ListingId, relay.PosterId, relay.NeighbourId, relay.Status));
        Assert.Equal(OutboxPriority.Notification, toMarie.Priority);
        Assert.Equal(RelayMessages.Interested("Paul", "Télé", ListingKind.Give, 0, 0), toMarie.Action.Text);
        Assert.Contains("Paul n'a encore rien donné ni reçu par le bot.", toMarie.Action.Text);
        Assert.Equal(["Réserver pour Paul", RelayMessages.Reply, RelayMessages.NotNow, RelayMessages.Block, RelayMessages.Report], Titles(toMarie));
        Assert.Equal(RelayMessages.InterestSent("Marie", "Télé", ListingKind.Give), toPaul.Action.Text);
        Assert.DoesNotContain("Secret", toMarie.Action.Text + toPaul.Action.Text);

        before = world.Outbox.Rows.Count;
        var paulSaid = await world.Private(Paul).SayAsync("Bonjour, je peux passer samedi ?");
        var marieSaid = await world.Private(Marie).SayAsync("Oui, à 10 h, je vous appelle au 06 11 22 33 44");

        Assert.Equal(RelayMessages.Forwarded("Marie"), paulSaid.AllText);
        Assert.Equal(RelayMessages.Forwarded("Paul"), marieSaid.AllText);
        var carried = Since(world, before);
        Assert.Equal(
            [(Marie, "💬 Paul (« Télé ») :\nBonjour, je peux passer samedi ?"), (Paul, "💬 Marie (« Télé ») :\nOui, à 10 h, je vous appelle au 06 11 22 33 44")],
            carried.Select(r => (r.ChatId, r.Action.Text)));
        Assert.All(carried, r => Assert.Equal((OutboxPriority.Notification, RelayCorrelation.Of(relay.Id), false), (r.Priority, r.Correlation, r.Action.IsHtml)));
    }

    [Fact]
    public async Task A_photo_is_carried_as_a_photo()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var before = world.Outbox.Rows.Count;

        await world.Private(Marie).SayAsync("La voici", Photo("AgADtele"));

        var row = Assert.Single(Since(world, before));
        Assert.Equal((Paul, OutboundActionKind.SendPhoto, "AgADtele", "💬 Marie (« Télé ») :\nLa voici"), (row.ChatId, row.Action.Kind, row.Action.PhotoId, row.Action.Text));
    }

    [Fact]
    public async Task Someone_who_never_wrote_to_the_bot_gets_from_the_group_button_a_link_that_opens_the_listing_in_private()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;
        var group = world.Group(Group, Stranger);

        var inGroup = await group.PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        // Telegram would refuse a private message the bot starts: nothing is queued, the press answers with the link.
        Assert.Empty(inGroup.Activities);
        Assert.Empty(Since(world, before));
        Assert.Equal(new ButtonAnswer(Url: $"https://t.me/NeighbourBot?start=annonce_{listing.Id}"), group.LastButtonAnswer);
        Assert.Empty(world.Relays.All);
    }

    [Fact]
    public async Task A_signed_up_resident_not_yet_verified_is_told_privately_how_to_join_and_the_press_says_so()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        world.Residents.Upsert(new Resident { Id = Stranger, PrivateChatId = Stranger, FirstName = "Zoé", Verification = VerificationLevel.Pending });
        var before = world.Outbox.Rows.Count;
        var group = world.Group(Group, Stranger);

        await group.PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        var row = Assert.Single(Since(world, before));
        Assert.Equal(Stranger, row.ChatId);
        Assert.Equal(RelayMessages.HowToJoin("Centre-ville", "https://t.me/NeighbourBot?start=inscription"), row.Action.Text);
        Assert.Equal(new ButtonAnswer(RelayMessages.SeePrivateChat), group.LastButtonAnswer);
        Assert.Empty(world.Relays.All);
    }

    [Fact]
    public async Task A_resident_of_another_quartier_cannot_answer()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;

        await world.Group(Group, Bernard).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        Assert.Equal(RelayMessages.OtherQuartier("Centre-ville"), Assert.Single(Since(world, before)).Action.Text);
        Assert.Empty(world.Relays.All);
    }

    [Fact]
    public async Task The_poster_tapping_interested_on_their_own_listing_opens_nothing()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;

        await world.Group(Group, Marie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        Assert.Equal(RelayMessages.OwnListing, Assert.Single(Since(world, before)).Action.Text);
        Assert.Empty(world.Relays.All);
    }

    [Fact]
    public async Task Tapping_interested_twice_opens_one_relay()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var group = world.Group(Group, Paul);

        await group.PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var before = world.Outbox.Rows.Count;
        await group.PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        Assert.Single(world.Relays.All);
        Assert.Equal(RelayMessages.AlreadyInterested("Marie", "Télé", ListingKind.Give), Assert.Single(Since(world, before)).Action.Text);
    }

    [Fact]
    public async Task With_two_open_relays_a_reply_goes_to_the_partner_of_the_message_replied_to_else_to_the_most_recent()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        world.Delivery.DeliverAll();
        var paulsNotice = world.Outbox.To(Marie).Single(r => r.Action.Text.StartsWith("🙋 Paul", StringComparison.Ordinal));
        var sophiesNotice = world.Outbox.To(Marie).Single(r => r.Action.Text.StartsWith("🙋 Sophie", StringComparison.Ordinal));
        var marie = world.Private(Marie);

        var before = world.Outbox.Rows.Count;
        var toPaul = await marie.SayAsync("Paul, vous pouvez venir ce soir ?", ReplyingTo(FakeDelivery.MessageIdOf(paulsNotice)));
        var toPaulAgain = await marie.SayAsync("Vers 19 h.");
        var toSophie = await marie.SayAsync("Sophie, vous êtes la deuxième sur la liste.", ReplyingTo(FakeDelivery.MessageIdOf(sophiesNotice)));
        var latest = await marie.SayAsync("Je vous tiens au courant.");

        Assert.Equal(RelayMessages.Forwarded("Paul"), toPaul.AllText);
        Assert.Equal(RelayMessages.Forwarded("Paul") + " Pour écrire à Sophie, répondez à l'un de ses messages.", toPaulAgain.AllText);
        Assert.Equal(RelayMessages.Forwarded("Sophie"), toSophie.AllText);
        Assert.StartsWith(RelayMessages.Forwarded("Sophie"), latest.AllText);
        Assert.Equal([Paul, Paul, Sophie, Sophie], Since(world, before).Select(r => r.ChatId));
    }

    [Fact]
    public async Task Replying_to_a_relayed_message_answers_its_author()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Private(Paul).SayAsync("Je suis toujours intéressé !");
        world.Delivery.DeliverAll();
        var fromPaul = world.Outbox.To(Marie)[^1];
        var before = world.Outbox.Rows.Count;

        await world.Private(Marie).SayAsync("Parfait, à samedi.", ReplyingTo(FakeDelivery.MessageIdOf(fromPaul)));

        Assert.Equal(Paul, Assert.Single(Since(world, before)).ChatId);
    }

    [Fact]
    public async Task The_poster_can_tap_reply_to_choose_whom_they_write_to()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var paulsRelay = world.Relays.All.Single(r => r.NeighbourId == Paul);
        var marie = world.Private(Marie);

        var said = await marie.PressAsync(RelayService.Payload(RelayService.ReplyPayload, paulsRelay.Id));
        var before = world.Outbox.Rows.Count;
        await marie.SayAsync("Bonjour Paul !");

        Assert.Equal(RelayMessages.ReplyTo("Paul"), said.AllText);
        Assert.Equal(Paul, Assert.Single(Since(world, before)).ChatId);
    }

    [Fact]
    public async Task A_partner_who_blocked_the_bot_is_reported_politely_and_nothing_is_queued()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        world.Residents.Upsert(world.Residents.Find(Marie)! with { Reachable = false });
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Paul).SayAsync("Toujours disponible ?");

        Assert.Equal(RelayMessages.Unreachable("Marie"), said.AllText);
        Assert.Empty(Since(world, before));
    }

    [Fact]
    public async Task Fin_ends_the_relay_and_the_partner_is_told()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Paul).SayAsync("/fin");
        var after = await world.Private(Paul).SayAsync("/fin");

        Assert.Equal(RelayMessages.Ended("Marie"), said.AllText);
        Assert.Equal(RelayMessages.NoRelay, after.AllText);
        Assert.Equal(RelayStatus.Closed, world.Relays.All.Single().Status);
        var told = Assert.Single(Since(world, before));
        Assert.Equal((Marie, RelayMessages.EndedByPartner("Paul", "Télé")), (told.ChatId, told.Action.Text));
    }

    [Fact]
    public async Task Pas_maintenant_closes_the_relay_kindly()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var relay = world.Relays.All.Single();
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.NotNowPayload, relay.Id));

        Assert.Equal(RelayMessages.NotNowSent("Paul"), said.AllText);
        Assert.Equal(RelayMessages.NotNowReceived("Marie", "Télé"), Assert.Single(Since(world, before)).Action.Text);
        Assert.Equal(RelayStatus.Closed, world.Relays.Find(relay.Id)!.Status);
    }

    [Fact]
    public async Task Blocking_stops_every_contact_through_the_bot()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var relay = world.Relays.All.Single();

        var blocked = await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.BlockPayload, relay.Id));
        var before = world.Outbox.Rows.Count;
        var paulWrites = await world.Private(Paul).SayAsync("Allô ?");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var again = Since(world, before);
        var second = await PublishAsync(world, Marie, "Je donne une lampe de bureau");
        before = world.Outbox.Rows.Count;
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, second.Id));
        var onSecond = Since(world, before);

        Assert.Equal(RelayMessages.Blocked, blocked.AllText);
        var block = Assert.Single(world.Relays.Blocks);
        Assert.Equal((Marie, Paul), (block.BlockerId, block.BlockedId));
        Assert.Equal(RelayStatus.Closed, world.Relays.Find(relay.Id)!.Status);
        Assert.Equal(PostingMessages.NotAListing, paulWrites.AllText);
        Assert.Equal([(Paul, RelayMessages.Unavailable)], again.Select(r => (r.ChatId, r.Action.Text)));
        Assert.Equal([(Paul, RelayMessages.Unavailable)], onSecond.Select(r => (r.ChatId, r.Action.Text)));
        Assert.Single(world.Relays.All);
    }

    [Fact]
    public async Task Either_side_can_report_the_other()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        var relay = world.Relays.All.Single();

        var said = await world.Private(Paul).PressAsync(RelayService.Payload(RelayService.ReportPayload, relay.Id));

        Assert.Equal(RelayMessages.Reported, said.AllText);
        var report = Assert.Single(world.Relays.Reports);
        Assert.Equal((Paul, (long?)Marie, (long?)relay.Id), (report.ReporterId, report.ReportedId, report.RelayId));
    }

    [Fact]
    public async Task Annonce_still_posts_while_a_relay_is_open()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));

        var preview = await world.Private(Sophie).SayAsync("/annonce Je cherche une perceuse");

        Assert.Contains("Type : Recherche", preview.AllText);
    }

    [Fact]
    public async Task A_reserved_or_expired_listing_opens_no_relay()
    {
        var world = World();
        var tv = await PublishAsync(world, Marie, "je donne une télé");
        world.Clock.Advance(TimeSpan.FromDays(2));
        var lamp = await PublishAsync(world, Marie, "Je donne une lampe");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, tv.Id));
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, world.Relays.All.Single().Id));
        world.Clock.Advance(TimeSpan.FromDays(15));
        var before = world.Outbox.Rows.Count;

        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, tv.Id));
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, lamp.Id));

        Assert.Equal([RelayMessages.AlreadyReserved("Télé", ListingKind.Give), RelayMessages.NotOpen("Lampe")], Since(world, before).Select(r => r.Action.Text));
        Assert.True(world.Listings.Find(lamp.Id)!.ExpiresAt <= world.Clock.GetUtcNow());
        Assert.Single(world.Relays.All);
    }

    [Fact]
    public async Task A_forged_reply_to_someone_elses_message_reaches_nobody_else()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Group(Group, Sophie).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        world.Delivery.DeliverAll();
        var paulsNoticeInMariesChat = world.Outbox.To(Marie).Single(r => r.Action.Text.StartsWith("🙋 Paul", StringComparison.Ordinal));
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Sophie).SayAsync("Coucou", ReplyingTo(FakeDelivery.MessageIdOf(paulsNoticeInMariesChat)));

        Assert.Equal(RelayMessages.Forwarded("Marie"), said.AllText);
        Assert.Equal([Marie], Since(world, before).Select(r => r.ChatId));
        Assert.Equal(RelayMessages.From("Sophie", "Télé") + "\nCoucou", Since(world, before)[0].Action.Text);
    }
}

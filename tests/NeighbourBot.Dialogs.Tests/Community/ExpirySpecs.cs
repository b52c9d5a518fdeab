using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Community;

public sealed class ExpirySpecs
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task The_poster_is_reminded_once_a_day_before_expiry_with_three_buttons()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var expiresAt = listing.ExpiresAt!.Value;
        Assert.Equal(listing.PublishedAt!.Value.AddDays(14), expiresAt);

        MoveTo(world, expiresAt - TimeSpan.FromHours(25));
        var before = world.Outbox.Rows.Count;
        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        Assert.Equal(before, world.Outbox.Rows.Count);

        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new CommunityRun(1, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.CommunityJobs.RunOnceAsync(CancellationToken.None);

        var reminder = Assert.Single(Since(world, before));
        Assert.Equal((long)Marie, reminder.ChatId);
        Assert.Equal(OutboxPriority.Notification, reminder.Priority);
        Assert.Equal("Votre annonce « Télé » expire demain. Est-elle toujours d'actualité ? « Toujours disponible » la garde en ligne 14 jours de plus.",
            reminder.Action.Text);
        Assert.Equal(["Toujours disponible", "C'est donné", "Retirer"], Titles(reminder));
        Assert.Equal(
            [ListingPayload.Of("ext", listing.Id), ListingPayload.Of(ListingPayload.Given, listing.Id), ListingPayload.Of(ListingPayload.Withdraw, listing.Id)],
            Payloads(reminder));
        var saved = world.Listings.Find(listing.Id)!;
        Assert.Equal((ListingStatus.Open, (DateTimeOffset?)(expiresAt - Day)), (saved.Status, saved.ExpiryReminderSentAt));
    }

    [Fact]
    public async Task Toujours_disponible_moves_the_expiry_and_a_new_reminder_comes_before_the_new_date()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var expiresAt = listing.ExpiresAt!.Value;
        MoveTo(world, expiresAt - Day);
        await world.CommunityJobs.RunOnceAsync(CancellationToken.None);

        var said = await world.Private(Marie).PressAsync(ListingPayload.Of(CommunityPayload.Extend, listing.Id));

        Assert.Equal("C'est noté : « Télé » reste en ligne 14 jours de plus.", said.AllText);
        Assert.Equal(expiresAt.AddDays(14), world.Listings.Find(listing.Id)!.ExpiresAt);

        MoveTo(world, expiresAt + Day);
        var before = world.Outbox.Rows.Count;
        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Equal(before, world.Outbox.Rows.Count);

        MoveTo(world, expiresAt.AddDays(13));
        Assert.Equal(new CommunityRun(1, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_poster_can_extend_and_a_given_listing_cannot_be()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        var stranger = await world.Private(Sophie).PressAsync(ListingPayload.Of(CommunityPayload.Extend, listing.Id));
        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, listing.Id));
        var late = await world.Private(Marie).PressAsync(ListingPayload.Of(CommunityPayload.Extend, listing.Id));

        Assert.Equal(ListingManager.NotYours, stranger.AllText);
        Assert.Equal(ListingManager.Closed(world.Listings.Find(listing.Id)!), late.AllText);
        Assert.Equal(listing.ExpiresAt, world.Listings.Find(listing.Id)!.ExpiresAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_open_listing_expires_and_its_group_message_is_edited_without_buttons(bool withPhoto)
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé", withPhoto ? Photo() : null);
        var broadcast = world.Outbox.To(Group).Single();
        MoveTo(world, listing.ExpiresAt!.Value);
        var before = world.Outbox.Rows.Count;

        Assert.Equal(new CommunityRun(0, 1, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));

        Assert.Equal(ListingStatus.Expired, world.Listings.Find(listing.Id)!.Status);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Equal(
            (withPhoto ? OutboundActionKind.EditCaption : OutboundActionKind.EditText, (long?)FakeDelivery.MessageIdOf(broadcast)),
            (edit.Action.Kind, edit.Action.MessageId));
        Assert.Equal("<b>Annonce expirée</b>\n<s><b>Don : Télé</b></s>\n— Marie, quartier Centre-ville", edit.Action.Text);
        Assert.Empty(edit.Action.Buttons);
        Assert.DoesNotContain(rows, r => r.Action.Kind == OutboundActionKind.Delete);
        var told = Assert.Single(rows, r => r.ChatId == Marie);
        Assert.StartsWith("Votre annonce « Télé » a expiré", told.Action.Text);
        Assert.Empty(told.Action.Buttons);

        world.Clock.Advance(Day);
        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_reserved_listing_never_expires_silently_its_poster_is_asked_once()
    {
        var (world, listing) = await ReservedAsync();
        MoveTo(world, listing.ExpiresAt!.Value - Day);
        Assert.Equal(new CommunityRun(1, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        world.Clock.Advance(Day);
        var before = world.Outbox.Rows.Count;

        Assert.Equal(new CommunityRun(0, 0, 1), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        world.Clock.Advance(Day * 3);
        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));

        var saved = world.Listings.Find(listing.Id)!;
        Assert.Equal((ListingStatus.Reserved, (long?)Paul), (saved.Status, saved.ReservedFor));
        var question = Assert.Single(Since(world, before));
        Assert.Equal((long)Marie, question.ChatId);
        Assert.StartsWith("Votre annonce « Télé » est réservée et arrive à son terme. Je la laisse réservée", question.Action.Text);
        Assert.Equal(["Toujours réservé, prolonger", "C'est donné", "Annuler la réservation", "Retirer"], Titles(question));
        Assert.Equal(ListingPayload.Of(ListingPayload.Unreserve, listing.Id), Payloads(question)[2]);
    }

    [Fact]
    public async Task A_request_in_a_neighbours_hands_is_asked_about_in_its_own_words_at_expiry()
    {
        var (world, listing) = await ReservedAsync(World(), Marie, "Quelqu'un pourrait me prêter une échelle ce week-end ?");
        MoveTo(world, listing.ExpiresAt!.Value - Day);
        await world.CommunityJobs.RunOnceAsync(CancellationToken.None);
        world.Clock.Advance(Day);
        var before = world.Outbox.Rows.Count;

        await world.CommunityJobs.RunOnceAsync(CancellationToken.None);

        var question = Assert.Single(Since(world, before));
        Assert.StartsWith($"Votre annonce « {listing.Title} » est entre les mains d'un voisin et arrive à son terme.", question.Action.Text);
        Assert.Contains("« Toujours en cours, prolonger »", question.Action.Text, StringComparison.Ordinal);
        Assert.Equal(["Toujours en cours, prolonger", "✅ Reçu", "Chercher quelqu'un d'autre", "Retirer"], Titles(question));
    }

    [Fact]
    public async Task A_listing_given_from_the_reminder_never_expires_afterwards()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        MoveTo(world, listing.ExpiresAt!.Value - Day);
        await world.CommunityJobs.RunOnceAsync(CancellationToken.None);
        var reminder = world.Outbox.To(Marie)[^1];

        await world.Private(Marie).PressAsync(Payloads(reminder)[1]);
        MoveTo(world, listing.ExpiresAt!.Value + Day);

        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ListingStatus.Given, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task A_reservation_cancelled_after_the_term_leaves_a_day_before_expiry()
    {
        var (world, listing) = await ReservedAsync();
        MoveTo(world, listing.ExpiresAt!.Value + TimeSpan.FromHours(1));
        await world.CommunityJobs.RunOnceAsync(CancellationToken.None);
        var question = world.Outbox.To(Marie)[^1];

        await world.Private(Marie).PressAsync(Payloads(question)[2]);
        world.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);

        world.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(new CommunityRun(0, 1, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ListingStatus.Expired, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task After_a_three_day_outage_one_run_handles_everything_overdue_once()
    {
        var world = World();
        var start = world.Clock.GetUtcNow();
        var expiring = await PublishAsync(world, Marie, "je donne une télé");
        var (_, reserved) = await ReservedAsync(world, Sophie, "je donne un frigo");
        MoveTo(world, start.AddDays(2));
        var remindable = await PublishAsync(world, Marie, "je donne une table");

        // The last run before the outage: nothing is due yet.
        MoveTo(world, start.AddDays(13) - TimeSpan.FromHours(2));
        Assert.Equal(new CommunityRun(0, 0, 0), await world.CommunityJobs.RunOnceAsync(CancellationToken.None));
        var before = world.Outbox.Rows.Count;

        MoveTo(world, start.AddDays(16) - TimeSpan.FromHours(2) + TimeSpan.FromMinutes(30));
        var run = await world.CommunityJobs.RunOnceAsync(CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await world.CommunityJobs.RunOnceAsync(CancellationToken.None);

        Assert.Equal(new CommunityRun(Reminders: 1, Expired: 1, ReservedAsked: 1), run);
        Assert.Equal(new CommunityRun(0, 0, 0), again);
        Assert.Equal(ListingStatus.Expired, world.Listings.Find(expiring.Id)!.Status);
        Assert.Equal(ListingStatus.Reserved, world.Listings.Find(reserved.Id)!.Status);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(remindable.Id)!.Status);
        var rows = Since(world, before);
        var toMarie = rows.Where(r => r.ChatId == Marie).Select(r => r.Action.Text).ToList();
        Assert.Equal(2, toMarie.Count);
        Assert.StartsWith("Votre annonce « Télé » a expiré", toMarie[0]);
        Assert.StartsWith("Votre annonce « Table » expire demain", toMarie[1]);
        Assert.StartsWith("Votre annonce « Frigo » est réservée", Assert.Single(rows, r => r.ChatId == Sophie).Action.Text);
        Assert.Single(rows, r => r.ChatId == Group);
    }

    private static void MoveTo(BotWorld world, DateTimeOffset at)
    {
        var now = world.Clock.GetUtcNow();
        Assert.True(at >= now, "the clock only moves forward");
        world.Clock.Advance(at - now);
    }

    private static async Task<(BotWorld World, Listing Listing)> ReservedAsync()
    {
        var world = World();
        return await ReservedAsync(world, Marie, "je donne une télé");
    }

    private static async Task<(BotWorld World, Listing Listing)> ReservedAsync(BotWorld world, long poster, string text)
    {
        var listing = await PublishAsync(world, poster, text);
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        world.Delivery.DeliverAll();
        var relay = world.Relays.All.Single(r => r.ListingId == listing.Id);
        await world.Private(poster).PressAsync(RelayService.Payload(RelayService.ReservePayload, relay.Id));
        world.Delivery.DeliverAll();
        Assert.Equal(ListingStatus.Reserved, world.Listings.Find(listing.Id)!.Status);
        return (world, world.Listings.Find(listing.Id)!);
    }
}

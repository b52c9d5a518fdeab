using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Moderation;

public sealed class ModerationSpecs
{
    private const long Luc = 105;
    private const long Claire = 106;
    private const long Gaston = 107;
    private const long Nadia = 108;
    private const string Scam = "Vends iPhone neuf 100€, je suis à l'étranger, paiement par coupon PCS et envoi par transporteur";

    private static readonly string[] DecisionButtons = [ModerationMessages.HideButton, ModerationMessages.KeepButton, ModerationMessages.BlockButton];

    /// <summary>Centre-ville with Claire as its moderator and Luc as a third neighbour; Gaston moderates Grésilles.</summary>
    private static BotWorld ModeratedWorld()
    {
        var world = World();
        Add(world, Luc, "Luc");
        Add(world, Claire, "Claire");
        Add(world, Gaston, "Gaston", quartierId: "gresilles");
        world.Quartiers.Upsert(world.Quartiers.Find(Quartier)! with { ModeratorIds = [Claire] });
        world.Quartiers.Upsert(world.Quartiers.Find("gresilles")! with { ModeratorIds = [Gaston] });
        return world;
    }

    /// <summary>The reporter presses "🚩 Signaler" in the group, is asked why in private, and answers.</summary>
    private static async Task<Replies> ReportAsync(BotWorld world, long reporter, Listing listing, ReportReason reason = ReportReason.Scam)
    {
        var before = world.Outbox.Rows.Count;
        var inGroup = await world.Group(Group, reporter).PressAsync(ListingPayload.Of(ListingPayload.Report, listing.Id));
        Assert.Empty(inGroup.Activities);
        var question = Assert.Single(Since(world, before));
        Assert.Equal(reporter, question.ChatId);
        Assert.Equal(["Arnaque", "Inapproprié", "Commercial", "Autre"], Titles(question));
        var payload = ModerationPayload.Reason(reason, listing.Id);
        Assert.Contains(payload, Payloads(question));
        var said = await world.Private(reporter).PressAsync(payload);
        world.Delivery.DeliverAll();
        return said;
    }

    private static async Task<(BotWorld World, Listing Listing, ModerationCase Case)> HiddenByThreeAsync(Action<BotWorld>? arrange = null)
    {
        var world = ModeratedWorld();
        arrange?.Invoke(world);
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await ReportAsync(world, Paul, listing);
        await ReportAsync(world, Sophie, listing, ReportReason.Commercial);
        await ReportAsync(world, Luc, listing);
        return (world, world.Listings.Find(listing.Id)!, world.Moderation.All.Single());
    }

    private static OutboxMessage GroupMessage(BotWorld world) => world.Outbox.To(Group)[^1];

    private static long BroadcastId(BotWorld world) =>
        FakeDelivery.MessageIdOf(world.Outbox.To(Group).First(r => r.Action.Kind is OutboundActionKind.SendText or OutboundActionKind.SendPhoto));

    [Fact]
    public async Task My_reports_are_in_my_data_export_and_leave_with_me_while_a_block_stays()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await ReportAsync(world, Paul, listing, ReportReason.Commercial);
        await ReportAsync(world, Sophie, listing);
        world.Moderation.BlockAuthor(new AuthorBlock(Marie, Claire, world.Moderation.All.Single().Id, world.Clock.GetUtcNow()));

        var export = Assert.Single((await world.Private(Paul).SayAsync("/mesdonnees")).Files).Content;
        var marieExport = Assert.Single((await world.Private(Marie).SayAsync("/mesdonnees")).Files).Content;
        Assert.Contains("\"raison\": \"Commercial\"", export, StringComparison.Ordinal);
        Assert.Contains("\"signalements\": 2", marieExport, StringComparison.Ordinal);
        Assert.Contains("\"publicationBloquee\": true", marieExport, StringComparison.Ordinal);

        foreach (var leaver in new[] { Paul, Marie })
        {
            var asked = await world.Private(leaver).SayAsync("/supprimer");
            await world.Private(leaver).PressAsync(asked.PayloadOf(Dialogs.Account.AccountMessages.EraseYes));
        }

        var left = world.Moderation.All.Single();
        Assert.Equal([Sophie], left.Reports.Select(r => r.ReporterId));
        Assert.Equal(0, left.AuthorId);
        Assert.True(world.Moderation.IsAuthorBlocked(Marie));
    }

    [Fact]
    public async Task Three_neighbours_reporting_a_listing_hide_it_in_the_group_until_a_moderator_decides()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        var first = await ReportAsync(world, Paul, listing);
        await ReportAsync(world, Sophie, listing, ReportReason.Commercial);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.NotEqual(CommunityMessages.NothingFound("télé"), (await world.Private(Sophie).SayAsync("/cherche télé")).AllText);
        var cardsBefore = world.Outbox.To(Claire).Count;
        await ReportAsync(world, Luc, listing);

        Assert.Equal(ModerationMessages.Reported, first.AllText);
        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);
        var edit = GroupMessage(world);
        Assert.Equal((OutboundActionKind.EditText, (long?)BroadcastId(world)), (edit.Action.Kind, edit.Action.MessageId));
        Assert.Contains("masquée", edit.Action.Text, StringComparison.Ordinal);
        Assert.Empty(edit.Action.Buttons);
        Assert.Equal(ModerationMessages.AutoHiddenToAuthor("Télé"), world.Outbox.To(Marie)[^1].Action.Text);
        var card = world.Outbox.To(Claire)[^1];
        Assert.Equal(cardsBefore + 1, world.Outbox.To(Claire).Count);
        Assert.Equal(OutboxPriority.Notification, card.Priority);
        Assert.StartsWith("🚩 Annonce masquée après 3 signalements — quartier Centre-ville\nDon : Télé, par Marie", card.Action.Text);
        Assert.Contains("Signalements : 3 (arnaque ×2, commercial).", card.Action.Text);
        Assert.Equal(DecisionButtons, Titles(card));
        Assert.DoesNotContain(world.Outbox.Rows, r => r.Action.Text.Contains("Secret", StringComparison.Ordinal));
        Assert.Equal(CommunityMessages.NothingFound("télé"), (await world.Private(Sophie).SayAsync("/cherche télé")).AllText);
    }

    [Fact]
    public async Task The_first_report_already_reaches_the_moderator_with_the_decision_buttons()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        await ReportAsync(world, Paul, listing, ReportReason.Inappropriate);

        var card = Assert.Single(world.Outbox.To(Claire));
        Assert.StartsWith("🚩 Annonce signalée — quartier Centre-ville", card.Action.Text);
        Assert.Contains("Signalements : 1 (inapproprié).\nElle est toujours visible dans le groupe.", card.Action.Text);
        var moderationCase = world.Moderation.All.Single();
        Assert.Equal(
            [ModerationPayload.Decision(ModerationDecision.Hide, moderationCase.Id), ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id),
                ModerationPayload.Decision(ModerationDecision.BlockAuthor, moderationCase.Id)],
            Payloads(card));
        Assert.Equal([(Paul, ReportReason.Inappropriate)], moderationCase.Reports.Select(r => (r.ReporterId, r.Reason)));
    }

    [Fact]
    public async Task One_neighbour_reporting_twice_counts_once()
    {
        var world = ModeratedWorld();
        world.ModerationOptions.ReportsToHide = 2;
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await ReportAsync(world, Paul, listing);
        var before = world.Outbox.Rows.Count;

        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Report, listing.Id));
        var againByButton = await world.Private(Paul).PressAsync(ModerationPayload.Reason(ReportReason.Other, listing.Id));

        Assert.Equal([(Paul, ModerationMessages.AlreadyReported)], Since(world, before).Select(r => (r.ChatId, r.Action.Text)));
        Assert.Equal(ModerationMessages.AlreadyReported, againByButton.AllText);
        Assert.Single(world.Moderation.All.Single().Reports);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);

        await ReportAsync(world, Sophie, listing);

        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task Only_residents_of_the_quartier_may_report_and_never_their_own_listing()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        var stranger = await world.Private(Stranger).PressAsync(ModerationPayload.Reason(ReportReason.Scam, listing.Id));
        var otherQuartier = await world.Private(Bernard).PressAsync(ModerationPayload.Reason(ReportReason.Scam, listing.Id));
        var own = await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Report, listing.Id));
        var unknown = await world.Private(Paul).PressAsync(ModerationPayload.Reason(ReportReason.Scam, 4242));

        Assert.Equal(ModerationMessages.NeedsResident, stranger.AllText);
        Assert.Equal(ModerationMessages.OtherQuartier("Centre-ville"), otherQuartier.AllText);
        Assert.Equal(ModerationMessages.OwnListing, own.AllText);
        Assert.Equal(ModerationMessages.NotFound, unknown.AllText);
        Assert.Empty(world.Moderation.All);
        Assert.Empty(world.Relays.Reports);
    }

    [Fact]
    public async Task In_the_group_the_press_itself_answers_someone_the_bot_cannot_write_to_and_points_residents_to_their_private_chat()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = world.Outbox.Rows.Count;
        var strangerInGroup = world.Group(Group, Stranger);
        var paulInGroup = world.Group(Group, Paul);

        await strangerInGroup.PressAsync(ListingPayload.Of(ListingPayload.Report, listing.Id));
        Assert.Equal(new ButtonAnswer(ModerationMessages.NeedsResident), strangerInGroup.LastButtonAnswer);
        Assert.Equal(before, world.Outbox.Rows.Count);

        await paulInGroup.PressAsync(ListingPayload.Of(ListingPayload.Report, listing.Id));
        Assert.Equal(new ButtonAnswer(NeighbourBot.Dialogs.Relays.RelayMessages.SeePrivateChat), paulInGroup.LastButtonAnswer);
        var asked = Assert.Single(world.Outbox.Rows.Skip(before));
        Assert.Equal(Paul, asked.ChatId);
        Assert.Equal(ModerationMessages.AskReason("Télé"), asked.Action.Text);
    }

    [Fact]
    public async Task Masquer_keeps_the_listing_hidden_and_tells_the_author()
    {
        var (world, listing, moderationCase) = await HiddenByThreeAsync();
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.Hide, moderationCase.Id));

        Assert.Equal(ModerationMessages.Done(ModerationDecision.Hide, ModerationOrigin.Reports, wasHidden: true), said.AllText);
        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);
        Assert.Equal(
            [(Marie, ModerationMessages.ToAuthor(ModerationDecision.Hide, ModerationOrigin.Reports, true, "Télé"))],
            Since(world, before).Select(r => (r.ChatId, r.Action.Text)));
        Assert.Equal((ModerationDecision.Hide, (long?)Claire), (world.Moderation.Find(moderationCase.Id)!.Decision, world.Moderation.Find(moderationCase.Id)!.DecidedBy));
        Assert.False(world.Moderation.IsAuthorBlocked(Marie));
    }

    [Fact]
    public async Task Garder_restores_the_group_message_clears_the_reports_and_does_not_blame_the_author()
    {
        var (world, listing, moderationCase) = await HiddenByThreeAsync();
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id));

        Assert.Equal(ModerationMessages.Done(ModerationDecision.Keep, ModerationOrigin.Reports, wasHidden: true), said.AllText);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Equal(BroadcastId(world), edit.Action.MessageId);
        Assert.StartsWith("<b>Don : Télé</b>", edit.Action.Text);
        Assert.DoesNotContain("masquée", edit.Action.Text, StringComparison.Ordinal);
        Assert.Equal([ListingText.InterestedTitle, ListingText.ReportTitle], Titles(edit));
        var toMarie = Assert.Single(rows, r => r.ChatId == Marie);
        Assert.StartsWith("Bonne nouvelle", toMarie.Action.Text);
        Assert.False(world.Moderation.IsAuthorBlocked(Marie));

        // The reports are cleared: a reporter already heard is told so, a new one starts a new case, and the listing stays visible.
        var again = await world.Private(Sophie).PressAsync(ListingPayload.Of(ListingPayload.Report, listing.Id));
        Assert.Equal(ModerationMessages.AlreadyExamined, again.AllText);
        Add(world, Nadia, "Nadia");
        await ReportAsync(world, Nadia, listing);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        var fresh = world.Moderation.PendingForListing(listing.Id)!;
        Assert.NotEqual(moderationCase.Id, fresh.Id);
        Assert.Single(fresh.Reports);
    }

    [Fact]
    public async Task A_reserved_listing_kept_by_a_moderator_comes_back_reserved()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        world.Listings.Save(world.Listings.Find(listing.Id)! with { Status = ListingStatus.Reserved, ReservedFor = Luc });
        await ReportAsync(world, Paul, listing);
        await ReportAsync(world, Sophie, listing);
        await ReportAsync(world, Luc, listing);
        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);

        await world.Private(BotWorld.Operator).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, world.Moderation.All.Single().Id));

        Assert.Equal((ListingStatus.Reserved, (long?)Luc), (world.Listings.Find(listing.Id)!.Status, world.Listings.Find(listing.Id)!.ReservedFor));
        Assert.StartsWith("🔒 <b>Réservé</b>", GroupMessage(world).Action.Text);
    }

    [Fact]
    public async Task Bloquer_l_auteur_hides_the_listing_and_the_author_can_no_longer_post()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await ReportAsync(world, Paul, listing);
        var before = world.Outbox.Rows.Count;

        var said = await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.BlockAuthor, world.Moderation.All.Single().Id));

        Assert.Equal(ModerationMessages.Done(ModerationDecision.BlockAuthor, ModerationOrigin.Reports, wasHidden: false), said.AllText);
        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);
        var rows = Since(world, before);
        Assert.Contains("masquée", Assert.Single(rows, r => r.ChatId == Group).Action.Text, StringComparison.Ordinal);
        Assert.StartsWith("Un modérateur du quartier a masqué votre annonce « Télé »", Assert.Single(rows, r => r.ChatId == Marie).Action.Text);
        Assert.True(world.Moderation.IsAuthorBlocked(Marie));

        var chat = world.Private(Marie);
        await chat.SayAsync("je donne une lampe");
        var refused = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(ModerationMessages.AuthorBlocked, refused.AllText);
        Assert.Single(world.Listings.ByAuthor(Marie));
    }

    [Fact]
    public async Task A_second_moderator_is_told_who_already_decided()
    {
        var (world, listing, moderationCase) = await HiddenByThreeAsync(w =>
            w.Quartiers.Upsert(w.Quartiers.Find(Quartier)! with { ModeratorIds = [Claire, Sophie] }));
        Assert.Equal(2, world.Outbox.Rows.Count(r => r.ChatId == Sophie && Titles(r).SequenceEqual(DecisionButtons)));
        await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id));
        var before = world.Outbox.Rows.Count;

        var late = await world.Private(Sophie).PressAsync(ModerationPayload.Decision(ModerationDecision.Hide, moderationCase.Id));

        Assert.Equal(ModerationMessages.AlreadyDecided("Claire", ModerationDecision.Keep), late.AllText);
        Assert.Contains("déjà été traitée par Claire (« Garder »)", late.AllText, StringComparison.Ordinal);
        Assert.Empty(Since(world, before));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task Every_decision_and_the_automatic_hide_are_in_the_audit_log_with_who_when_and_why()
    {
        var (world, listing, moderationCase) = await HiddenByThreeAsync();
        var hiddenAt = world.Clock.GetUtcNow();
        await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id));
        var keptAt = world.Clock.GetUtcNow();

        var log = world.Audit.ForListing(listing.Id);

        Assert.Equal(
            [
                (ModerationAction.AutoHidden, 0L, hiddenAt, "3 signalement(s) : arnaque ×2, commercial"),
                (ModerationAction.Kept, Claire, keptAt, "3 signalement(s) : arnaque ×2, commercial"),
            ],
            log.Select(e => (e.Action, e.ActorId, e.At, e.Reason)));
        Assert.All(log, e => Assert.Equal((moderationCase.Id, Quartier), (e.CaseId, e.QuartierId)));
    }

    [Fact]
    public async Task With_no_moderator_in_the_quartier_the_operators_are_asked_and_may_decide()
    {
        var world = World();
        Add(world, Luc, "Luc");
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        await ReportAsync(world, Paul, listing);
        await ReportAsync(world, Sophie, listing);
        await ReportAsync(world, Luc, listing);

        var cards = world.Outbox.To(BotWorld.Operator);
        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.Equal(DecisionButtons, Titles(c)));
        var said = await world.Private(BotWorld.Operator).PressAsync(Payloads(cards[^1])[1]);
        Assert.Equal(ModerationMessages.Done(ModerationDecision.Keep, ModerationOrigin.Reports, wasHidden: true), said.AllText);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task Residents_and_moderators_of_another_quartier_cannot_decide_and_a_forged_payload_changes_nothing()
    {
        var (world, listing, moderationCase) = await HiddenByThreeAsync();
        var before = world.Outbox.Rows.Count;

        var resident = await world.Private(Paul).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id));
        var foreign = await world.Private(Gaston).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id));
        var author = await world.Private(Marie).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id));
        var unknown = await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.Keep, 9999));
        var nonsense = await world.Private(Claire).PressAsync("mo:zzz:1");

        Assert.Equal(ModerationMessages.Refused("Centre-ville"), resident.AllText);
        Assert.Equal(ModerationMessages.Refused("Centre-ville"), foreign.AllText);
        Assert.Equal(ModerationMessages.NotYourOwnCase, author.AllText);
        Assert.Equal(ModerationMessages.CaseNotFound, unknown.AllText);
        Assert.Equal(NeighbourBotHandler.UnreadableButton, nonsense.AllText);
        Assert.Empty(Since(world, before));
        Assert.True(world.Moderation.Find(moderationCase.Id)!.IsPending);
        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);
    }

    [Fact]
    public async Task Moderation_shows_the_queue_with_its_buttons_a_page_at_a_time_and_politely_refuses_others()
    {
        var world = ModeratedWorld();
        world.ListingOptions.MaxPerDay = 10;
        string[] things = ["une télé", "une lampe", "un vélo", "une table", "un fauteuil", "une poussette"];
        foreach (var thing in things)
        {
            await ReportAsync(world, Paul, await PublishAsync(world, Marie, "je donne " + thing));
        }

        var refused = await world.Private(Sophie).SayAsync("/moderation");
        var first = await world.Private(Claire).SayAsync("/moderation");
        var second = await world.Private(Claire).PressAsync(first.PayloadOf(ModerationMessages.MoreButton));

        Assert.Equal(ModerationMessages.QueueRefused, refused.AllText);
        Assert.Equal(ModerationMessages.QueueHeader(6), first.Texts[0]);
        Assert.Equal(
            ["Don : Télé", "Don : Lampe", "Don : Vélo", "Don : Table", "Don : Fauteuil"],
            first.Texts.Skip(1).Take(5).Select(t => t.Split('\n')[1].Split(',')[0]));
        Assert.Equal("Page 1 sur 2.", first.Texts[^1]);
        Assert.Equal(5, first.ButtonTitles.Count(t => t == ModerationMessages.KeepButton));
        Assert.StartsWith("🚩 Annonce signalée — quartier Centre-ville\nDon : Poussette", Assert.Single(second.Texts));
        Assert.Equal(DecisionButtons, second.ButtonTitles);
        Assert.Equal(ModerationMessages.QueueEmpty, (await world.Private(Gaston).SayAsync("/moderation")).AllText);
    }

    [Fact]
    public async Task A_listing_with_scam_signals_is_held_before_broadcast_and_published_when_a_moderator_keeps_it()
    {
        var world = ModeratedWorld();
        await world.Private(Paul).SayAsync("/alerte iphone");
        var chat = world.Private(Marie);
        var preview = await chat.SayAsync(Scam);
        Assert.True(preview.ButtonTitles.Contains(PostingMessages.Publish), preview.AllText);

        var told = await chat.PressAsync(PostingFlow.PublishPayload);

        Assert.Equal(ModerationMessages.HeldForReview, told.AllText);
        var held = world.Listings.ByAuthor(Marie).Single();
        Assert.Equal(ListingStatus.Hidden, held.Status);
        Assert.Empty(world.Outbox.To(Group));
        var card = Assert.Single(world.Outbox.To(Claire));
        Assert.StartsWith("⏸️ Annonce retenue avant publication — quartier Centre-ville", card.Action.Text);
        Assert.Contains("Signes d'arnaque : paiement par coupons ou cartes cadeaux, vendeur à l'étranger.", card.Action.Text);
        Assert.Equal(ModerationAction.HeldBeforeBroadcast, Assert.Single(world.Audit.ForListing(held.Id)).Action);
        Assert.Equal(CommunityMessages.NothingFound("iphone"), (await world.Private(Paul).SayAsync("/cherche iphone")).AllText);
        Assert.DoesNotContain(world.Outbox.To(Paul), r => r.Correlation?.StartsWith(AlertMatcher.CorrelationPrefix, StringComparison.Ordinal) == true);

        var kept = await world.Private(Claire).PressAsync(Payloads(card)[1]);
        world.Delivery.DeliverAll();

        Assert.Equal(ModerationMessages.Done(ModerationDecision.Keep, ModerationOrigin.ScamSignals, wasHidden: true), kept.AllText);
        var published = world.Listings.Find(held.Id)!;
        Assert.Equal(ListingStatus.Open, published.Status);
        Assert.Equal(world.Clock.GetUtcNow().AddDays(world.ListingOptions.ExpiryDays), published.ExpiresAt);
        var broadcast = Assert.Single(world.Outbox.To(Group));
        Assert.Equal(OutboundActionKind.SendText, broadcast.Action.Kind);
        Assert.Single(published.Broadcasts);
        Assert.Contains(world.Outbox.To(Marie), r => r.Action.Text.StartsWith("Bonne nouvelle", StringComparison.Ordinal));
        Assert.Contains(world.Outbox.To(Marie), r => r.Action.Text == PostingMessages.Manage(published.Title));
        Assert.Single(world.Outbox.To(Paul), r => r.Correlation?.StartsWith(AlertMatcher.CorrelationPrefix, StringComparison.Ordinal) == true);
        Assert.NotEqual(CommunityMessages.NothingFound("iphone"), (await world.Private(Paul).SayAsync("/cherche iphone")).AllText);
    }

    [Fact]
    public async Task A_held_listing_refused_by_a_moderator_never_reaches_the_group()
    {
        var world = ModeratedWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync(Scam);
        await chat.PressAsync(PostingFlow.PublishPayload);
        var moderationCase = world.Moderation.All.Single();

        await world.Private(Claire).PressAsync(ModerationPayload.Decision(ModerationDecision.Hide, moderationCase.Id));
        world.Delivery.DeliverAll();

        Assert.Empty(world.Outbox.To(Group));
        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(moderationCase.ListingId)!.Status);
        Assert.Equal(
            ModerationMessages.ToAuthor(ModerationDecision.Hide, ModerationOrigin.ScamSignals, true, world.Listings.Find(moderationCase.ListingId)!.Title),
            world.Outbox.To(Marie)[^1].Action.Text);
        Assert.Equal([ModerationAction.HeldBeforeBroadcast, ModerationAction.Hidden], world.Audit.ForListing(moderationCase.ListingId).Select(e => e.Action));
    }

    [Fact]
    public async Task A_listing_edited_into_a_scam_leaves_the_group_until_a_moderator_reads_it()
    {
        var world = ModeratedWorld();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var chat = world.Private(Marie);
        await chat.PressAsync(ListingPayload.Of(ListingPayload.Edit, listing.Id));
        await chat.PressAsync(ListingEditFlow.TextPayload);
        var before = world.Outbox.Rows.Count;

        var told = await chat.SayAsync(Scam);

        Assert.Equal(ModerationMessages.EditHeldForReview, told.AllText);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Contains("masquée", edit.Action.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PCS", edit.Action.Text, StringComparison.Ordinal);
        var card = Assert.Single(rows, r => r.ChatId == Claire);
        Assert.StartsWith("⏸️ Annonce modifiée, masquée en attendant votre relecture", card.Action.Text);
        Assert.Equal(DecisionButtons, Titles(card));

        await world.Private(Claire).PressAsync(Payloads(card)[0]);

        Assert.Equal(ListingStatus.Hidden, world.Listings.Find(listing.Id)!.Status);
        Assert.Equal([ModerationAction.AutoHidden, ModerationAction.Hidden], world.Audit.ForListing(listing.Id).Select(e => e.Action));
        Assert.StartsWith("Signes d'arnaque : paiement par coupons", world.Audit.ForListing(listing.Id)[0].Reason);
    }
}

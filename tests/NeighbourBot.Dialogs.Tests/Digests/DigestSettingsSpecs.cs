using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Posting;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Digests;

/// <summary>/resume, the buttons of a private digest, and a group digest's deep link opened in private.</summary>
public sealed class DigestSettingsSpecs
{
    [Fact]
    public async Task Resume_shows_my_choice_and_one_tap_makes_it_daily_at_8_h_from_the_next_morning()
    {
        var world = World();
        var chat = world.Private(Sophie);

        var menu = await chat.SayAsync("/resume");

        Assert.Equal("Vous recevez le résumé des nouvelles annonces de votre quartier chaque semaine, le dimanche, vers 18 h (toutes les annonces).\n"
            + "Choisissez ci-dessous ; un appui suffit.", menu.AllText);
        Assert.Contains("✓ Chaque semaine", menu.ButtonTitles);
        Assert.Contains("Jamais", menu.ButtonTitles);

        await chat.PressAsync(menu.PayloadOf("Chaque jour"));
        var after = await chat.PressAsync(menu.PayloadOf("À 8 h"));

        Assert.StartsWith("C'est noté. Vous recevez le résumé des nouvelles annonces de votre quartier chaque jour vers 8 h", after.AllText, StringComparison.Ordinal);
        var preference = world.Residents.Find(Sophie)!.Digest;
        Assert.Equal((DigestFrequency.Daily, 8), (preference.Frequency, preference.Hour));
        var next = world.Digests.Find(Sophie)!.NextDueAt!.Value;
        Assert.Equal(new DateTime(2026, 11, 27, 8, 0, 0), new DateTime(DateOnly.FromDateTime(Local(next)), new TimeOnly(Local(next).Hour, 0)));
    }

    [Fact]
    public async Task I_can_choose_only_some_kinds_and_go_back_to_all_and_jamais_stops_my_digests()
    {
        var world = World();
        var chat = world.Private(Sophie);
        var menu = await chat.SayAsync("/resume");

        await chat.PressAsync(menu.PayloadOf("Dons"));
        var both = await chat.PressAsync(menu.PayloadOf("Événements"));

        Assert.Contains("(seulement : Dons, Événements)", both.AllText, StringComparison.Ordinal);
        Assert.Equal([ListingKind.Give, ListingKind.Event], world.Residents.Find(Sophie)!.Digest.Kinds);
        Assert.Contains("✓ Dons", both.ButtonTitles);

        await chat.PressAsync(menu.PayloadOf("✓ Toutes les annonces"));
        Assert.Empty(world.Residents.Find(Sophie)!.Digest.Kinds);

        var never = await chat.PressAsync(menu.PayloadOf("Jamais"));
        Assert.StartsWith("C'est noté. Vous ne recevez pas de résumé", never.AllText, StringComparison.Ordinal);
        Assert.Null(world.Digests.Find(Sophie)!.NextDueAt);
    }

    [Fact]
    public async Task A_private_digest_opens_a_listing_with_its_buttons_and_changes_my_frequency_in_one_tap()
    {
        var world = World();
        var jobs = world.DigestJobs;
        await jobs.RunOnceAsync(CancellationToken.None);
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero));
        await jobs.RunOnceAsync(CancellationToken.None);
        var digest = Assert.Single(world.Outbox.To(Sophie), r => r.Correlation == "digest:" + Sophie);
        var chat = world.Private(Sophie);

        var opened = await chat.PressAsync(Payloads(digest).First(p => p.StartsWith("dg:voir:", StringComparison.Ordinal)));

        Assert.Contains("Télé", opened.AllText, StringComparison.Ordinal);
        Assert.Equal("html", opened.Activities[0].TextFormat);
        Assert.Contains(ListingText.InterestedTitle, opened.ButtonTitles);
        Assert.Equal(ListingPayload.Of(ListingPayload.Interested, listing.Id), opened.PayloadOf(ListingText.InterestedTitle));
        Assert.DoesNotContain("Secret", opened.AllText, StringComparison.Ordinal);

        var daily = digest.Action.Buttons[^1].Single(b => b.Text == "Chaque jour");
        await chat.PressAsync(daily.Data!);
        Assert.Equal(DigestFrequency.Daily, world.Residents.Find(Sophie)!.Digest.Frequency);
    }

    [Fact]
    public async Task A_deep_link_from_the_group_digest_opens_the_listing_in_private_and_Ca_m_interesse_starts_the_conversation()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var chat = world.Private(Sophie);

        var opened = await chat.SayAsync("/start " + DigestPayload.StartPrefix + listing.Id);
        var interested = await chat.PressAsync(opened.PayloadOf(ListingText.InterestedTitle));

        Assert.Contains("Télé", opened.AllText, StringComparison.Ordinal);
        Assert.Equal(NeighbourBot.Dialogs.Relays.RelayMessages.InterestSent("Marie", listing.Title, listing.Kind), interested.AllText);
        Assert.Contains(world.Outbox.To(Marie), r => r.Action.Text.StartsWith(NeighbourBot.Dialogs.Relays.RelayMessages.Interested("Sophie", listing.Title, listing.Kind, 0, 0)[..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deep_link_is_refused_to_another_quartier_to_a_stranger_and_for_a_listing_that_is_gone()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une télé");

        var bernard = await world.Private(Bernard).SayAsync("/start annonce_" + listing.Id);
        var stranger = await world.Private(Stranger).SayAsync("/start annonce_" + listing.Id);
        var missing = await world.Private(Sophie).SayAsync("/start annonce_9999");
        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Withdraw, listing.Id));
        var withdrawn = await world.Private(Sophie).SayAsync("/start annonce_" + listing.Id);
        var forged = await world.Private(Sophie).PressAsync("dg:h:99");

        Assert.Equal(DigestMessages.OtherQuartier, bernard.AllText);
        Assert.StartsWith(DigestMessages.LinkNeedsSignup, stranger.AllText, StringComparison.Ordinal);
        Assert.Contains(NeighbourBot.Dialogs.Signup.SignupMessages.AskName, stranger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Télé", stranger.AllText, StringComparison.Ordinal);
        Assert.Equal(DigestMessages.ListingGone, missing.AllText);
        Assert.Equal(DigestMessages.ListingClosed, withdrawn.AllText);
        Assert.Equal(NeighbourBotHandler.UnreadableButton, forged.AllText);
    }

    [Fact]
    public async Task A_crowd_due_at_the_same_hour_is_spread_over_the_hour_and_never_more_than_the_budget_per_run()
    {
        var world = World();
        for (var i = 0; i < 300; i++)
        {
            var neighbour = Add(world, 5000 + i, "Voisin" + i);
            world.Residents.Upsert(neighbour with { Digest = neighbour.Digest with { Frequency = DigestFrequency.Daily } });
        }

        var jobs = world.DigestJobsWith(new DigestOptions { PrivatePerMinute = 20 });
        await jobs.RunOnceAsync(CancellationToken.None);
        await PublishAsync(world, Marie, "je donne une télé");

        var minutes = Enumerable.Range(0, 300).Select(i => Local(world.Digests.Find(5000 + i)!.NextDueAt!.Value)).ToList();
        Assert.All(minutes, m => Assert.Equal(18, m.Hour));
        Assert.True(minutes.Select(m => m.Minute).Distinct().Count() >= 50, "spread over the hour");

        var perRun = new List<int>();
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero));
        while (world.Clock.GetUtcNow() < new DateTimeOffset(2026, 11, 26, 19, 0, 0, TimeSpan.Zero))
        {
            world.Clock.Advance(TimeSpan.FromMinutes(1));
            perRun.Add((await jobs.RunOnceAsync(CancellationToken.None)).PrivateDigests);
        }

        Assert.All(perRun, n => Assert.InRange(n, 0, 20));
        Assert.Equal(Enumerable.Range(5000, 300).Select(i => (long)i), world.Outbox.Rows.Where(r => r.ChatId >= 5000).Select(r => r.ChatId).Order());
        Assert.All(world.Outbox.Rows.Where(r => r.Correlation?.StartsWith("digest:", StringComparison.Ordinal) == true),
            r => Assert.Equal(Core.Outbox.OutboxPriority.Digest, r.Priority));
    }

    [Fact]
    public async Task Resume_before_signing_up_and_forged_digest_buttons_get_a_clear_answer_and_change_nothing()
    {
        var world = World();

        var stranger = await world.Private(Stranger).SayAsync("/resume");
        var strangerButton = await world.Private(Stranger).PressAsync("dg:f:1");
        var zero = await world.Private(Sophie).PressAsync("dg:voir:0");
        var frequency = await world.Private(Sophie).PressAsync("dg:f:7");
        var section = await world.Private(Sophie).PressAsync("dg:k:99");
        var badStart = await world.Private(Sophie).SayAsync("/start annonce_abc");

        Assert.Equal(DigestMessages.NeedsSignup, stranger.AllText);
        Assert.Equal(DigestMessages.NeedsSignup, strangerButton.AllText);
        Assert.Null(world.Residents.Find(Stranger));
        Assert.All([zero, frequency, section], r => Assert.Equal(NeighbourBotHandler.UnreadableButton, r.AllText));
        Assert.StartsWith("Bonjour Sophie", badStart.AllText, StringComparison.Ordinal);
        Assert.Equal(new DigestPreference(), world.Residents.Find(Sophie)!.Digest);
        Assert.Null(world.Digests.Find(Sophie));
    }

    private static DateTime Local(DateTimeOffset at) => DigestTimeline.Local(at);
}

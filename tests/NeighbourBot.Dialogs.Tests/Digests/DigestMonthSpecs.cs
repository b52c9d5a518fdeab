using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Digests;

/// <summary>A month of a quartier under a fake clock: what the group and each resident receive, and when.</summary>
public sealed class DigestMonthSpecs
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    // 2026-11-26 09:00 UTC is a Thursday; Paris is at UTC+1 all month.
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Over_a_month_group_and_private_digests_come_exactly_when_due_with_each_listing_once_and_nothing_for_empty_days()
    {
        var (world, timeline) = Month();
        SetPreference(world, Sophie, p => p with { Frequency = DigestFrequency.Daily, Hour = 8, Kinds = [ListingKind.Give] });
        SetPreference(world, Paul, p => p with { Frequency = DigestFrequency.Never });
        await timeline.RunAsync();

        var published = new List<Listing>();
        var quietDays = new HashSet<int> { 3, 4, 10, 17, 18, 19, 25 };
        await timeline.RunUntilAsync(Start.AddDays(30), Step, now =>
        {
            var day = (int)(now - Start).TotalDays;
            var local = DigestTimeline.Local(now);
            if (!quietDays.Contains(day) && local is { Hour: 11, Minute: 0 })
            {
                published.Add(timeline.Publish(Paul, ListingKind.Give, $"Don du jour {day}"));
                published.Add(timeline.Publish(Marie, ListingKind.Lend, $"Prêt du jour {day}"));
            }
        });

        // The group: one recap at 18:00 Paris on each day something was published, none on quiet days.
        var group = timeline.To(Group);
        Assert.All(group, g => Assert.Equal(new TimeOnly(18, 0), TimeOnly.FromDateTime(DigestTimeline.Local(g.At))));
        var groupDays = group.Select(g => DateOnly.FromDateTime(DigestTimeline.Local(g.At))).ToList();
        Assert.Equal(groupDays.Distinct().Count(), groupDays.Count);
        var publishDays = published.Select(l => DateOnly.FromDateTime(DigestTimeline.Local(l.PublishedAt!.Value))).Distinct().ToList();
        Assert.Equal(publishDays, groupDays);
        Assert.Equal(published.Select(l => l.Id).Order(), group.SelectMany(g => DigestTimeline.ListingIds(g.Row)).Order());

        // Sophie: every morning at 8 h something new was given, only gifts, never her own, never twice.
        var sophie = timeline.To(Sophie);
        Assert.NotEmpty(sophie);
        Assert.All(sophie, s => Assert.Equal(8, DigestTimeline.Local(s.At).Hour));
        var sophieIds = sophie.SelectMany(s => DigestTimeline.ListingIds(s.Row)).ToList();
        Assert.Equal(sophieIds.Distinct().Count(), sophieIds.Count);
        Assert.All(sophieIds, id => Assert.Equal(ListingKind.Give, world.Listings.Find(id)!.Kind));
        Assert.Equal(published.Count(l => l.Kind == ListingKind.Give), sophieIds.Count);
        var sophieDays = sophie.Select(s => DateOnly.FromDateTime(DigestTimeline.Local(s.At))).ToList();
        Assert.Equal(sophieDays.Distinct().Count(), sophieDays.Count);
        Assert.Equal(publishDays.Select(d => d.AddDays(1)).Where(d => d <= DateOnly.FromDateTime(DigestTimeline.Local(Start.AddDays(30)))), sophieDays);

        // Marie: weekly, on Sundays at 18 h, the week's listings of others (Paul's gifts), never her own loans.
        var marie = timeline.To(Marie);
        Assert.Equal(4, marie.Count);
        Assert.All(marie, m => Assert.Equal((DayOfWeek.Sunday, 18), (DigestTimeline.Local(m.At).DayOfWeek, DigestTimeline.Local(m.At).Hour)));
        var marieIds = marie.SelectMany(m => DigestTimeline.ListingIds(m.Row)).ToList();
        Assert.All(marieIds, id => Assert.Equal(Paul, world.Listings.Find(id)!.AuthorId));
        Assert.Equal(marieIds.Distinct().Count(), marieIds.Count);

        // Paul chose never; Bernard's quartier had nothing new.
        Assert.Empty(timeline.To(Paul));
        Assert.Empty(timeline.To(Bernard));
    }

    [Fact]
    public async Task After_a_three_day_outage_each_recipient_gets_one_digest_with_everything_it_missed_then_the_rhythm_goes_on()
    {
        var (world, timeline) = Month();
        SetPreference(world, Sophie, p => p with { Frequency = DigestFrequency.Daily, Hour = 8 });
        await timeline.RunAsync();

        // Thursday: a gift at 11 h goes out at 18 h.
        await timeline.RunUntilAsync(Start.AddHours(2), Step);
        var before = timeline.Publish(Paul, ListingKind.Give, "Table basse");
        await timeline.RunUntilAsync(Start.AddHours(10), Step);
        Assert.Single(timeline.To(Group));

        // Friday 10 h: two more, then the bot is down until Monday 12 h (three 18 h recaps and 8 h digests missed).
        await timeline.RunUntilAsync(Start.AddDays(1).AddHours(1), Step);
        var during = new[]
        {
            timeline.Publish(Paul, ListingKind.Give, "Vélo d'enfant"),
            timeline.Publish(Marie, ListingKind.Event, "Vide-grenier"),
        };
        world.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));
        var groupBefore = timeline.To(Group).Count;
        var sophieBefore = timeline.To(Sophie).Count;

        await timeline.RunAsync();
        await timeline.RunUntilAsync(world.Clock.GetUtcNow().AddHours(1), Step);

        var caughtUp = timeline.To(Group).Skip(groupBefore).ToList();
        var recap = Assert.Single(caughtUp);
        Assert.Equal(during.Select(l => l.Id).Order(), DigestTimeline.ListingIds(recap.Row).Order());
        var sophie = Assert.Single(timeline.To(Sophie).Skip(sophieBefore));
        Assert.Equal(during.Select(l => l.Id).Order(), DigestTimeline.ListingIds(sophie.Row).Order());
        Assert.DoesNotContain(before.Id, DigestTimeline.ListingIds(sophie.Row));

        // Back to normal: the next recap comes at 18 h that day with only what is new.
        var after = timeline.Publish(Paul, ListingKind.Lend, "Perceuse");
        await timeline.RunUntilAsync(world.Clock.GetUtcNow().AddHours(8), Step);
        var next = Assert.Single(timeline.To(Group).Skip(groupBefore + 1));
        Assert.Equal(18, DigestTimeline.Local(next.At).Hour);
        Assert.Equal([after.Id], DigestTimeline.ListingIds(next.Row));
    }

    [Fact]
    public async Task Given_withdrawn_and_hidden_listings_are_left_out_and_an_empty_recap_is_not_sent()
    {
        var (world, timeline) = Month();
        await timeline.RunAsync();
        await timeline.RunUntilAsync(Start.AddHours(1), Step);
        var kept = timeline.Publish(Paul, ListingKind.Give, "Lampe");
        foreach (var status in new[] { ListingStatus.Given, ListingStatus.Withdrawn, ListingStatus.Hidden })
        {
            var gone = timeline.Publish(Paul, ListingKind.Give, "Parti " + status);
            world.Listings.Save(gone with { Status = status });
        }

        await timeline.RunUntilAsync(Start.AddDays(1), Step);
        var recap = Assert.Single(timeline.To(Group));
        Assert.Equal([kept.Id], DigestTimeline.ListingIds(recap.Row));

        world.Listings.Save(kept with { Status = ListingStatus.Given });
        var quick = timeline.Publish(Paul, ListingKind.Give, "Donné aussitôt");
        world.Listings.Save(quick with { Status = ListingStatus.Given });
        await timeline.RunUntilAsync(Start.AddDays(2), Step);
        Assert.Single(timeline.To(Group));
    }

    [Fact]
    public async Task A_resident_who_blocked_the_bot_is_skipped_and_hears_nothing()
    {
        var (world, timeline) = Month();
        SetPreference(world, Sophie, p => p with { Frequency = DigestFrequency.Daily, Hour = 8 });
        SetPreference(world, Marie, p => p with { Frequency = DigestFrequency.Daily, Hour = 8 });
        world.Residents.Upsert(world.Residents.Find(Sophie)! with { Reachable = false });
        await timeline.RunAsync();
        await timeline.RunUntilAsync(Start.AddHours(1), Step);
        var lamp = timeline.Publish(Paul, ListingKind.Give, "Lampe");

        var runs = new List<DigestRun>();
        while (world.Clock.GetUtcNow() < Start.AddDays(3))
        {
            world.Clock.Advance(Step);
            runs.Add(await timeline.RunAsync());
        }

        Assert.Empty(timeline.To(Sophie));
        Assert.Equal([lamp.Id], DigestTimeline.ListingIds(Assert.Single(timeline.To(Marie)).Row));
        Assert.Equal(3, runs.Sum(r => r.Skipped));
    }

    private static (BotWorld World, DigestTimeline Timeline) Month()
    {
        var world = World();
        world.Clock.SetUtcNow(Start);
        return (world, new DigestTimeline(world, world.DigestJobs));
    }

    private static void SetPreference(BotWorld world, long residentId, Func<DigestPreference, DigestPreference> change)
    {
        var resident = world.Residents.Find(residentId)!;
        world.Residents.Upsert(resident with { Digest = change(resident.Digest) });
    }
}

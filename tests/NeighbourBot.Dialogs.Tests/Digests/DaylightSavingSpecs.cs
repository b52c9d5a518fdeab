using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Digests;

/// <summary>A 02:30 schedule across Paris's clock changes: 02:30 does not exist on 2026-03-29 and happens twice on 2026-10-25.</summary>
public sealed class DaylightSavingSpecs
{
    public static TheoryData<DateTimeOffset> ChangeDays => new()
    {
        new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero),
    };

    [Theory]
    [MemberData(nameof(ChangeDays))]
    public async Task A_0230_group_digest_goes_out_exactly_once_on_each_day_around_a_clock_change(DateTimeOffset changeDay)
    {
        var (world, timeline) = Around(changeDay, new DigestOptions { Schedule = "30 2 * * *" });

        // Something new every 10 minutes, so a second run on the same day would have something to send.
        await timeline.RunUntilAsync(changeDay.AddDays(2), TimeSpan.FromMinutes(5), now =>
        {
            if (now.Minute % 10 == 0)
            {
                timeline.Publish(Paul, ListingKind.Give, "Objet de " + now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            }
        });

        // A long recap is split into several messages of one run: count runs, not messages.
        var runs = timeline.To(Group).Select(g => g.At).Distinct().ToList();
        AssertOncePerDayWithoutGap(runs, changeDay);
        Assert.Equal(4, runs.Count);
        var ids = timeline.To(Group).SelectMany(g => DigestTimeline.ListingIds(g.Row)).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Theory]
    [MemberData(nameof(ChangeDays))]
    public async Task A_private_digest_at_2_h_comes_once_on_each_day_around_a_clock_change(DateTimeOffset changeDay)
    {
        var (world, timeline) = Around(changeDay, new DigestOptions { SpreadMinutes = 1 });
        var sophie = world.Residents.Find(Sophie)!;
        world.Residents.Upsert(sophie with { Digest = sophie.Digest with { Frequency = DigestFrequency.Daily, Hour = 2 } });
        await timeline.RunAsync();

        await timeline.RunUntilAsync(changeDay.AddDays(2), TimeSpan.FromMinutes(5), now =>
        {
            if (now.Minute % 10 == 0)
            {
                timeline.Publish(Paul, ListingKind.Give, "Objet");
            }
        });

        var sent = timeline.To(Sophie).Select(s => s.At).ToList();
        AssertOncePerDayWithoutGap(sent, changeDay);
        Assert.All(sent, at => Assert.InRange(DigestTimeline.Local(at).Hour, 2, 3));
    }

    private static void AssertOncePerDayWithoutGap(IReadOnlyList<DateTimeOffset> sent, DateTimeOffset changeDay)
    {
        var days = sent.Select(at => DateOnly.FromDateTime(DigestTimeline.Local(at))).ToList();
        Assert.Equal(days.Distinct().Count(), days.Count);
        Assert.Contains(DateOnly.FromDateTime(changeDay.UtcDateTime), days);
        Assert.Equal(Enumerable.Range(0, days.Count).Select(i => days[0].AddDays(i)), days);
        Assert.True(days.Count >= 3, "the days before, of and after the change");
    }

    private static (BotWorld World, DigestTimeline Timeline) Around(DateTimeOffset changeDay, DigestOptions options)
    {
        var world = new BotWorld(changeDay.AddDays(-2));
        world.Quartiers.Upsert(new Core.Quartiers.Quartier { Id = Quartier, Name = "Centre-ville", GroupChatIds = [Group] });
        Add(world, Paul, "Paul");
        Add(world, Sophie, "Sophie");
        var timeline = new DigestTimeline(world, world.DigestJobsWith(options));
        return (world, timeline);
    }
}

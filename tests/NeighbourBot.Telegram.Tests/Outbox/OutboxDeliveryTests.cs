using System.Globalization;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Sending;
using Xunit.Abstractions;

namespace NeighbourBot.Telegram.Tests.Outbox;

// One outbox spec at a time: they measure order and duplicates on 2 shared cores, where a starved attempt would time out.
[Collection("Outbox")]
public sealed class OutboxDeliveryTests(ITestOutputHelper output)
{
    private const int People = 150;
    private const int PerPerson = 2;
    private const int Groups = 60;
    private const int PerGroup = 5;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_backlog_under_scaled_limits_is_delivered_once_in_order_without_a_single_429()
    {
        await using var rig = await OutboxRig.StartAsync(
            e =>
            {
                e.Limits.GlobalPerSecond = 60;
                e.Limits.PrivateChatPerSecond = 5;
                e.Limits.PrivateChatBurst = 5;
                e.Limits.GroupPerMinute = 60;
            },
            new SendLimitOptions { GlobalPerSecond = 55, PerChatPerSecond = 4, PrivateBurst = 4, PerGroupPerMinute = 55, InteractiveReserve = 2 });
        var (people, groups) = rig.CreateChats(People, Groups);
        var expected = EnqueueBacklog(rig, people, groups);

        await rig.StartSenderAsync();
        await rig.DrainAsync(Patience);

        foreach (var (chat, texts) in expected)
        {
            Assert.Equal(texts, rig.BotTexts(chat));
        }

        Assert.Equal(600, expected.Values.Sum(t => t.Count));
        Assert.Equal(600, rig.Observer.SentRows.Count);
        Assert.DoesNotContain(rig.Emulator.Calls, c => c.StatusCode == 429);
    }

    [Fact]
    public async Task With_ten_percent_faults_everything_arrives_and_duplicates_only_follow_after_effect_faults()
    {
        await using var rig = await OutboxRig.StartAsync(
            e =>
            {
                e.Limits.GlobalPerSecond = 60;
                e.Limits.PrivateChatPerSecond = 5;
                e.Limits.PrivateChatBurst = 5;
                e.Limits.GroupPerMinute = 60;
                // 10% of calls fail, the four kinds in equal shares.
                e.Faults.Rate = 0.4;
                e.Faults.Seed = 11;
                // A held connection is dropped after 100 ms: the client sees the timeout at once, and the
                // attempt timeout below can stay generous enough that a slow but healthy call is never repeated.
                e.Faults.TimeoutHold = TimeSpan.FromMilliseconds(100);
            },
            new SendLimitOptions { GlobalPerSecond = 55, PerChatPerSecond = 4, PrivateBurst = 4, PerGroupPerMinute = 55, InteractiveReserve = 2 },
            new TelegramResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromSeconds(1), AttemptTimeout = TimeSpan.FromSeconds(5) });
        // The whole backlog: about 1,000 calls, some 100 faults of each kind.
        var (people, groups) = rig.CreateChats(People, Groups);
        var expected = EnqueueBacklog(rig, people, groups);

        await rig.StartSenderAsync();
        await rig.DrainAsync(Patience);

        var afterEffect = rig.Control.InjectedFaults
            .Where(f => f.Kind is FaultKind.TimeoutAfterEffect or FaultKind.DroppedAfterEffect)
            .Select(f => (f.ChatId, f.MessageId))
            .ToHashSet();
        var duplicates = 0;
        foreach (var (chat, texts) in expected)
        {
            var received = rig.Control.Messages(chat).Where(m => m.FromBot).ToList();
            Assert.Equal(texts, received.Select(m => m.Body).Distinct());
            foreach (var copies in received.GroupBy(m => m.Body).Where(g => g.Count() > 1))
            {
                duplicates += copies.Count() - 1;
                // Every copy but the last was acknowledged to nobody: the emulator dropped its answer.
                Assert.True(
                    copies.Count(m => afterEffect.Contains((chat, m.MessageId))) >= copies.Count() - 1,
                    $"{copies.Key} arrived {copies.Count()} times without as many after-effect faults");
            }
        }

        var faults = rig.Emulator.Faults;
        output.WriteLine(
            "calls {0}, faults {1} (500: {2}, timeout before: {3}, timeout after: {4}, dropped after: {5}), duplicates {6}",
            rig.Emulator.Calls.Count, faults.Total, faults.ServerErrors, faults.TimeoutsBeforeEffect, faults.TimeoutsAfterEffect, faults.DropsAfterEffect, duplicates);
        Assert.True(faults.ServerErrors > 0 && faults.TimeoutsBeforeEffect > 0 && faults.AfterEffect > 0, "the run injected every kind of fault");
        Assert.InRange(duplicates, 0, faults.AfterEffect);
    }

    /// <summary>2 notifications per person and 5 broadcasts per group: unique texts, numbered per chat.</summary>
    internal static Dictionary<long, List<string>> EnqueueBacklog(OutboxRig rig, long[] people, long[] groups)
    {
        var expected = new Dictionary<long, List<string>>();
        for (var round = 0; round < PerGroup; round++)
        {
            foreach (var group in groups)
            {
                Add(group, round, OutboxPriority.Broadcast);
            }

            if (round < PerPerson)
            {
                foreach (var person in people)
                {
                    Add(person, round, OutboxPriority.Notification);
                }
            }
        }

        return expected;

        void Add(long chat, int sequence, OutboxPriority priority)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"Message {sequence} pour {chat}");
            rig.Enqueue(chat, text, priority);
            if (!expected.TryGetValue(chat, out var texts))
            {
                expected[chat] = texts = [];
            }

            texts.Add(text);
        }
    }
}

using System.Globalization;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Telegram.Outbox;
using NeighbourBot.Telegram.Sending;

namespace NeighbourBot.Telegram.Tests.Outbox;

// One outbox spec at a time: they measure order and duplicates on 2 shared cores, where a starved attempt would time out.
[Collection("Outbox")]
public sealed class OutboxPriorityTests
{
    [Fact]
    public async Task A_reply_queued_behind_a_digest_backlog_leaves_before_the_digests_queued_after_it()
    {
        await using var rig = await OutboxRig.StartAsync(
            e => e.Limits.Enabled = false,
            new SendLimitOptions { GlobalPerSecond = 400, PerChatPerSecond = 50, PrivateBurst = 50, PerGroupPerMinute = 600, InteractiveReserve = 2 });
        var (people, _) = rig.CreateChats(201, 0);
        var resident = people[^1];
        for (var i = 0; i < 1_000; i++)
        {
            rig.Enqueue(people[i % 200], Digest(i), OutboxPriority.Digest);
        }

        await rig.StartSenderAsync();
        // The backlog is draining when the reply is queued.
        await rig.Control.WaitForCallAsync(c => c.Method == "sendMessage", TimeSpan.FromSeconds(10), CancellationToken.None);
        rig.Enqueue(resident, "Votre voisin vous a répondu.", OutboxPriority.Notification);
        for (var i = 1_000; i < 1_100; i++)
        {
            rig.Enqueue(people[i % 200], Digest(i), OutboxPriority.Digest);
        }

        await rig.DrainAsync(TimeSpan.FromSeconds(30));

        var sends = rig.Emulator.Calls.Where(c => c.Method == "sendMessage" && c.StatusCode == 200).Select(c => c.Parameters["text"]).ToList();
        var reply = sends.IndexOf("Votre voisin vous a répondu.");
        var digestsBefore = sends.Take(reply).Count(t => t.StartsWith("Résumé", StringComparison.Ordinal));
        Assert.InRange(reply, 0, sends.Count);
        Assert.All(Enumerable.Range(1_000, 100), i => Assert.True(sends.IndexOf(Digest(i)) > reply, Digest(i) + " left before the reply"));
        // The reply overtook most of the backlog queued before it: only what was already in flight went first.
        Assert.InRange(digestsBefore, 1, 500);
        Assert.Equal(1_101, sends.Distinct().Count());
    }

    [Fact]
    public async Task A_group_whose_own_limit_paces_it_gets_its_messages_at_that_pace_not_at_the_idle_poll()
    {
        await using var rig = await OutboxRig.StartAsync(
            e => e.Limits.Enabled = false,
            new SendLimitOptions { GlobalPerSecond = 100, PerChatPerSecond = 10, PerGroupPerMinute = 600 },
            senderOptions: new OutboxSenderOptions { IdleDelay = TimeSpan.FromSeconds(2) });
        var (_, groups) = rig.CreateChats(1, 1);
        for (var i = 0; i < 8; i++)
        {
            rig.Enqueue(groups[0], "Annonce " + i.ToString(CultureInfo.InvariantCulture), OutboxPriority.Broadcast);
        }

        await rig.StartSenderAsync();
        await rig.DrainAsync(TimeSpan.FromSeconds(30));

        // 8 messages at 10 a second take 0.7 s by the emulator's clock; waking only at the idle poll would take 14 s.
        var sends = rig.Emulator.Calls.Where(c => c.Method == "sendMessage").Select(c => c.Time).ToList();
        Assert.Equal(8, sends.Count);
        Assert.InRange(sends[^1] - sends[0], TimeSpan.FromSeconds(0.6), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task An_idle_sender_sleeps_until_a_message_is_queued_and_then_sends_it_at_once()
    {
        await using var rig = await OutboxRig.StartAsync(
            e => e.Limits.Enabled = false,
            new SendLimitOptions(),
            senderOptions: new OutboxSenderOptions { IdleDelay = TimeSpan.FromSeconds(30) });
        var (people, _) = rig.CreateChats(1, 0);
        await rig.StartSenderAsync();

        // Nothing to send: a sender that spins would query the outbox thousands of times meanwhile.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var idleQueries = rig.Counting.DueQueries;
        rig.Enqueue(people[0], "Un voisin propose son aide.");
        await rig.Control.WaitForBotMessagesAsync(people[0], 1, TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.InRange(idleQueries, 1, 3);
        Assert.Equal(["Un voisin propose son aide."], rig.BotTexts(people[0]));
    }

    [Fact]
    public async Task Groups_waiting_for_their_own_limit_do_not_hold_back_a_private_message_queued_behind_them()
    {
        // One send at a time, so the sender looks at only 4 due rows at once; a group may send every 10 s.
        await using var rig = await OutboxRig.StartAsync(
            e => e.Limits.Enabled = false,
            new SendLimitOptions { GlobalPerSecond = 100, PerChatPerSecond = 10, PerGroupPerMinute = 6 },
            senderOptions: new OutboxSenderOptions { MaxInFlight = 1, IdleDelay = TimeSpan.FromSeconds(30) });
        var (people, groups) = rig.CreateChats(1, 4);
        for (var round = 0; round < 2; round++)
        {
            foreach (var group in groups)
            {
                rig.Enqueue(group, string.Create(CultureInfo.InvariantCulture, $"Annonce {round} pour {group}"), OutboxPriority.Broadcast);
            }
        }

        rig.Enqueue(people[0], "Votre résumé de la semaine", OutboxPriority.Digest);

        await rig.StartSenderAsync();
        await rig.Control.WaitForBotMessagesAsync(people[0], 1, TimeSpan.FromSeconds(5), CancellationToken.None);

        // The four groups had their first message, then had to wait: the digest went meanwhile.
        Assert.All(groups, g => Assert.Equal([string.Create(CultureInfo.InvariantCulture, $"Annonce 0 pour {g}")], rig.BotTexts(g)));
    }

    private static string Digest(int i) => string.Create(CultureInfo.InvariantCulture, $"Résumé n°{i}");
}

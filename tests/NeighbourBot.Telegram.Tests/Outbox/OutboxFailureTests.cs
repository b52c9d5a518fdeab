using NeighbourBot.Core.Outbox;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Outbox;
using NeighbourBot.Telegram.Sending;

namespace NeighbourBot.Telegram.Tests.Outbox;

// One outbox spec at a time: they measure order and duplicates on 2 shared cores, where a starved attempt would time out.
[Collection("Outbox")]
public sealed class OutboxFailureTests
{
    private static Task<OutboxRig> StartAsync() => OutboxRig.StartAsync(
        e => e.Limits.Enabled = false,
        new SendLimitOptions { GlobalPerSecond = 100, PerChatPerSecond = 20, PrivateBurst = 20, PerGroupPerMinute = 600 });

    [Fact]
    public async Task A_resident_who_blocked_the_bot_gets_one_attempt_then_is_marked_unreachable()
    {
        await using var rig = await StartAsync();
        var (people, _) = rig.CreateChats(2, 0);
        var (blocker, other) = (people[0], people[1]);
        rig.Control.BlockBot(blocker);
        var rows = Enumerable.Range(1, 3).Select(i => rig.Enqueue(blocker, "Nouvelle annonce " + i)).ToList();
        rig.Enqueue(other, "Bonjour");

        await rig.StartSenderAsync();
        await rig.DrainAsync(TimeSpan.FromSeconds(10));

        Assert.All(rows, r => Assert.Equal(OutboxState.Failed, rig.Store.Find(r.Id)!.State));
        Assert.Equal([blocker], rig.Observer.UnreachableChats.Distinct());
        Assert.Single(rig.Emulator.Calls, c => c.Method == "sendMessage" && c.Parameters["chat_id"] == blocker.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Bonjour"], rig.BotTexts(other));
    }

    [Fact]
    public async Task Messages_to_a_group_that_became_a_supergroup_follow_it_to_its_new_id()
    {
        await using var rig = await StartAsync();
        var (_, groups) = rig.CreateChats(1, 1);
        var group = groups[0];
        var supergroup = rig.Control.MigrateToSupergroup(group);
        var rows = Enumerable.Range(1, 3).Select(i => rig.Enqueue(group, "Annonce " + i, OutboxPriority.Broadcast)).ToList();

        await rig.StartSenderAsync();
        await rig.DrainAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["Annonce 1", "Annonce 2", "Annonce 3"], rig.BotTexts(supergroup));
        Assert.Equal([(group, supergroup)], rig.Observer.Migrations.Distinct());
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, rig.Store.Find(r.Id)!.State));
        Assert.All(rows, r => Assert.Equal(supergroup, rig.Store.Find(r.Id)!.ChatId));
    }

    [Fact]
    public async Task A_message_telegram_refuses_is_failed_after_one_call_and_the_next_one_still_goes()
    {
        await using var rig = await StartAsync();
        var (people, _) = rig.CreateChats(1, 0);
        var bad = rig.Enqueue(people[0], "<b>Réunion jeudi", isHtml: true);
        var good = rig.Enqueue(people[0], "Réunion jeudi à 18 h");

        await rig.StartSenderAsync();
        await rig.DrainAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(OutboxState.Failed, rig.Store.Find(bad.Id)!.State);
        Assert.Equal(OutboxState.Sent, rig.Store.Find(good.Id)!.State);
        Assert.Equal(2, rig.Emulator.Calls.Count(c => c.Method == "sendMessage"));
        Assert.Equal(["Réunion jeudi à 18 h"], rig.BotTexts(people[0]));
    }

    [Fact]
    public async Task A_send_that_times_out_before_effect_is_retried_at_once_and_arrives_once()
    {
        await using var rig = await OutboxRig.StartAsync(
            e =>
            {
                e.Limits.Enabled = false;
                e.Faults.TimeoutHold = TimeSpan.FromSeconds(10);
            },
            new SendLimitOptions(),
            new TelegramResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(1) },
            new OutboxSenderOptions { RescheduleBase = TimeSpan.FromSeconds(30) });
        var (people, _) = rig.CreateChats(1, 0);
        rig.Control.InjectFault(FaultKind.TimeoutBeforeEffect, method: "sendMessage");
        var row = rig.Enqueue(people[0], "Votre demande a été vue.");

        await rig.StartSenderAsync();
        // Rescheduling would wait 30 s: only the pipeline's own retry delivers within this patience.
        await rig.DrainAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["Votre demande a été vue."], rig.BotTexts(people[0]));
        Assert.Equal(1, rig.Store.Find(row.Id)!.Attempts);
    }

    [Fact]
    public async Task When_telegram_answers_429_the_sender_waits_retry_after_and_delivers_each_message_once_in_order()
    {
        // The sender believes a chat takes 10 a second; Telegram (the emulator) allows one.
        await using var rig = await OutboxRig.StartAsync(
            e =>
            {
                e.Limits.PrivateChatPerSecond = 1;
                e.Limits.PrivateChatBurst = 1;
            },
            new SendLimitOptions { GlobalPerSecond = 100, PerChatPerSecond = 10, PrivateBurst = 10 });
        var (people, _) = rig.CreateChats(1, 0);
        var rows = Enumerable.Range(1, 3).Select(i => rig.Enqueue(people[0], "Rappel " + i)).ToList();

        await rig.StartSenderAsync();
        await rig.DrainAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(["Rappel 1", "Rappel 2", "Rappel 3"], rig.BotTexts(people[0]));
        Assert.All(rows, r => Assert.Equal(OutboxState.Sent, rig.Store.Find(r.Id)!.State));
        var calls = rig.Emulator.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Contains(calls, c => c.StatusCode == 429);
        // Each retry came after the wait Telegram asked for, by the emulator's clock.
        foreach (var (refused, next) in calls.Zip(calls.Skip(1)).Where(p => p.First.StatusCode == 429))
        {
            Assert.True(next.Time - refused.Time >= TimeSpan.FromSeconds(refused.RetryAfter!.Value) - TimeSpan.FromMilliseconds(50), "retried before retry_after");
        }
    }
}

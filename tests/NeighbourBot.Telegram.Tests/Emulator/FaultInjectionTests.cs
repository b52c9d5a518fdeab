using NeighbourBot.Telegram.Emulator.Faults;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class FaultInjectionTests
{
    private const long Alice = EmulatorHarness.Alice;

    private static Task<EmulatorHarness> StartAsync(double rate = 0) => EmulatorHarness.StartAsync(o =>
    {
        o.Faults.Rate = rate;
        o.Faults.TimeoutHold = TimeSpan.FromMilliseconds(20);
        o.Faults.Seed = 7;
    });

    [Fact]
    public async Task A_server_error_or_a_timeout_before_effect_leaves_no_message()
    {
        await using var harness = await StartAsync();
        await harness.AliceStartedTheBotAsync();
        harness.Control.InjectFault(FaultKind.ServerError);
        harness.Control.InjectFault(FaultKind.TimeoutBeforeEffect);

        var serverError = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(Alice, "un"));
        var timeout = await Assert.ThrowsAnyAsync<RequestException>(() => harness.Client.SendMessage(Alice, "deux"));

        Assert.Equal(500, serverError.ErrorCode);
        Assert.IsNotType<ApiRequestException>(timeout);
        Assert.DoesNotContain(harness.Control.Messages(Alice), m => m.FromBot);
        Assert.Equal(new FaultCounts(1, 1, 0, 0), harness.Emulator.Faults);
    }

    [Fact]
    public async Task After_effect_the_message_exists_although_the_client_saw_a_failure()
    {
        await using var harness = await StartAsync();
        await harness.AliceStartedTheBotAsync();
        harness.Control.InjectFault(FaultKind.DroppedAfterEffect, method: "sendMessage");
        harness.Control.InjectFault(FaultKind.TimeoutAfterEffect, method: "sendMessage");

        await Assert.ThrowsAnyAsync<RequestException>(() => harness.Client.SendMessage(Alice, "un"));
        await Assert.ThrowsAnyAsync<RequestException>(() => harness.Client.SendMessage(Alice, "deux"));

        Assert.Equal(["un", "deux"], harness.Control.Messages(Alice).Where(m => m.FromBot).Select(m => m.Text));
        Assert.Equal(2, harness.Emulator.Faults.AfterEffect);
        var injected = harness.Control.InjectedFaults;
        Assert.Equal([FaultKind.DroppedAfterEffect, FaultKind.TimeoutAfterEffect], injected.Select(f => f.Kind));
        Assert.All(injected, f => Assert.Equal(Alice, f.ChatId));
        Assert.Equal(harness.Control.Messages(Alice).Where(m => m.FromBot).Select(m => (int?)m.MessageId), injected.Select(f => f.MessageId));
        Assert.All(harness.Control.Calls.Where(c => c.Fault is not null), c => Assert.Equal(0, c.StatusCode));
    }

    [Fact]
    public async Task Random_faults_are_counted_so_duplicates_can_be_reconciled()
    {
        await using var harness = await StartAsync(rate: 0.3);
        await harness.AliceStartedTheBotAsync();
        const int Announcements = 30;

        for (var i = 0; i < Announcements; i++)
        {
            // Naive at-least-once sender: retry until the client sees a success.
            while (!await TrySendAsync(harness, $"annonce {i}"))
            {
            }
        }

        var sent = harness.Control.Messages(Alice).Where(m => m.FromBot).ToList();
        var faults = harness.Emulator.Faults;
        Assert.True(faults.Total > 0);
        Assert.Equal(Announcements, sent.Select(m => m.Text).Distinct().Count());
        Assert.Equal(Announcements + faults.AfterEffect, sent.Count);
        Assert.Equal(faults.Total, harness.Control.Calls.Count(c => c.Fault is not null));
    }

    [Fact]
    public async Task The_same_seed_injects_the_same_faults()
    {
        async Task<IReadOnlyList<FaultKind>> RunAsync()
        {
            await using var harness = await StartAsync(rate: 0.5);
            await harness.AliceStartedTheBotAsync();
            for (var i = 0; i < 12; i++)
            {
                await TrySendAsync(harness, $"m{i}");
            }

            return [.. harness.Control.InjectedFaults.Select(f => f.Kind)];
        }

        Assert.Equal(await RunAsync(), await RunAsync());
    }

    private static async Task<bool> TrySendAsync(EmulatorHarness harness, string text)
    {
        try
        {
            await harness.Client.SendMessage(Alice, text);
            return true;
        }
        catch (RequestException)
        {
            return false;
        }
    }
}

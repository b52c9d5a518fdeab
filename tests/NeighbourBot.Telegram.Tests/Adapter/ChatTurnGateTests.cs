using NeighbourBot.Telegram.Adapter;

namespace NeighbourBot.Telegram.Tests.Adapter;

public sealed class ChatTurnGateTests
{
    [Fact]
    public async Task Turns_of_one_chat_run_one_at_a_time_and_other_chats_are_not_held()
    {
        var gate = new ChatTurnGate();
        var first = await gate.EnterAsync(1, CancellationToken.None);

        var sameChat = gate.EnterAsync(1, CancellationToken.None);
        var otherChat = gate.EnterAsync(2, CancellationToken.None);

        Assert.True(otherChat.IsCompletedSuccessfully);
        Assert.False(sameChat.IsCompleted);
        first.Dispose();
        using (await sameChat)
        {
            Assert.Equal(2, gate.ActiveChats);
        }

        (await otherChat).Dispose();
        Assert.Equal(0, gate.ActiveChats);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_no_trace()
    {
        var gate = new ChatTurnGate();
        var held = await gate.EnterAsync(7, CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync(7, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, gate.ActiveChats);
    }
}

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>A signal that wakes every current waiter when something changed; waiters read <see cref="Next"/> under the world's lock.</summary>
internal sealed class Pulse
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Next => Volatile.Read(ref _next).Task;

    public void Fire() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

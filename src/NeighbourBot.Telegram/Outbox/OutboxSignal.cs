namespace NeighbourBot.Telegram.Outbox;

/// <summary>Wakes the outbox sender when rows are enqueued, so a notification leaves at once instead of at the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by another thread: one wake-up is enough.
            }
        }
    }

    public void Dispose() => _signal.Dispose();

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, cts.Token);
        var wake = _signal.WaitAsync(cts.Token);
        await Task.WhenAny(delay, wake);
        await cts.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

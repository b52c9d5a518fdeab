namespace NeighbourBot.Telegram.Sending;

/// <summary>
/// One outbox send's hold on the sender's single slot "on the wire": taken just before its first request leaves,
/// kept from the first answer until the sender has recorded the result, given back at once when a request fails.
/// While a message may have reached Telegram without being recorded, no other message's request leaves, so a crash
/// can repeat at most one message — and rows waiting for a rate-limit slot or a retry delay hold nothing.
/// </summary>
public sealed class WireLease(SemaphoreSlim wire) : IDisposable
{
    private bool _held;

    internal async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        if (_held)
        {
            return;
        }

        await wire.WaitAsync(cancellationToken);
        _held = true;
    }

    /// <summary>Gives the slot back (idempotent).</summary>
    public void Release()
    {
        if (_held)
        {
            _held = false;
            wire.Release();
        }
    }

    public void Dispose() => Release();
}

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>Every Bot API call received, in arrival order.</summary>
internal sealed class ApiCallLog
{
    private readonly Lock _gate = new();
    private readonly List<ApiCall> _calls = [];
    private long _sequence;

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(ApiCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    public IReadOnlyList<ApiCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls.OrderBy(c => c.Sequence)];
        }
    }
}

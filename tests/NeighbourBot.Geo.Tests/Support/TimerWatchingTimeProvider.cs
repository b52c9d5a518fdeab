using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>A fake clock that also tells which waits were asked of it, so a test can see a retry delay being scheduled.</summary>
public sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();
    private readonly SemaphoreSlim _created = new(0);

    public TimerWatchingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public IReadOnlyList<TimeSpan> DueTimes => _dueTimes.ToList();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _dueTimes.Enqueue(dueTime);
        _created.Release();
        return timer;
    }

    /// <summary>Waits (in real time, at most 10 s) until a timer with exactly this due time has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!_dueTimes.Contains(dueTime))
        {
            await _created.WaitAsync(giveUp.Token);
        }
    }
}

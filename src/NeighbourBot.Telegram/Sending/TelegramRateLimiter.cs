namespace NeighbourBot.Telegram.Sending;

/// <summary>
/// One limiter shared by turn replies and the outbox, so that together they stay under Telegram's limits.
/// Each limit is a GCRA bucket (a "theoretical arrival time" per key, see
/// https://en.wikipedia.org/wiki/Generic_cell_rate_algorithm): exact, O(1), and easy to reason about.
/// Background sends must leave <see cref="SendLimitOptions.InteractiveReserve"/> global slots free, so a
/// reply waits at most for one slot, never for a backlog.
/// </summary>
public sealed class TelegramRateLimiter
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _globalInterval;
    private readonly TimeSpan _globalTolerance;
    private readonly TimeSpan _backgroundTolerance;
    private readonly TimeSpan _chatInterval;
    private readonly TimeSpan _privateTolerance;
    private readonly TimeSpan _groupInterval;
    private readonly TimeSpan _groupTolerance;
    private readonly Dictionary<long, DateTimeOffset> _chatTat = [];
    private readonly Dictionary<long, DateTimeOffset> _groupTat = [];
    private DateTimeOffset _globalTat;
    private DateTimeOffset _lastPrune;

    public TelegramRateLimiter(SendLimitOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _globalInterval = TimeSpan.FromSeconds(1.0 / options.GlobalPerSecond);
        // A burst of one second's worth globally, minus the reserve for background senders.
        _globalTolerance = _globalInterval * Math.Max(0, options.GlobalPerSecond - 1);
        _backgroundTolerance = _globalInterval * Math.Max(0, options.GlobalPerSecond - 1 - options.InteractiveReserve);
        _chatInterval = TimeSpan.FromSeconds(1.0 / options.PerChatPerSecond);
        _privateTolerance = _chatInterval * Math.Max(0, options.PrivateBurst - 1);
        _groupInterval = TimeSpan.FromMinutes(1.0 / options.PerGroupPerMinute);
        _groupTolerance = TimeSpan.Zero;
        _globalTat = time.GetUtcNow();
        _lastPrune = _globalTat;
    }

    /// <summary>Telegram's convention: group and channel chat ids are negative.</summary>
    public static bool IsGroup(long chatId) => chatId < 0;

    /// <summary>Takes a slot now, or says how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(long chatId, SendPriority priority)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var globalTolerance = priority == SendPriority.Interactive ? _globalTolerance : _backgroundTolerance;
            var wait = Wait(_globalTat, globalTolerance, now);
            var chatTat = _chatTat.GetValueOrDefault(chatId, now);
            var group = IsGroup(chatId);
            wait = Max(wait, Wait(chatTat, group ? TimeSpan.Zero : _privateTolerance, now));
            var groupTat = group ? _groupTat.GetValueOrDefault(chatId, now) : now;
            if (group)
            {
                wait = Max(wait, Wait(groupTat, _groupTolerance, now));
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            _globalTat = Later(_globalTat, now) + _globalInterval;
            _chatTat[chatId] = Later(chatTat, now) + _chatInterval;
            if (group)
            {
                _groupTat[chatId] = Later(groupTat, now) + _groupInterval;
            }

            PruneIfDue(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Waits (on the injected clock) until a slot is free, then takes it.</summary>
    public async ValueTask WaitAsync(long chatId, SendPriority priority, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire(chatId, priority);
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>How long until <paramref name="chatId"/> could take a slot, without taking it (the outbox uses it to skip busy chats).</summary>
    public TimeSpan TimeUntilFree(long chatId)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            var group = IsGroup(chatId);
            var wait = Wait(_chatTat.GetValueOrDefault(chatId, now), group ? TimeSpan.Zero : _privateTolerance, now);
            return group ? Max(wait, Wait(_groupTat.GetValueOrDefault(chatId, now), _groupTolerance, now)) : wait;
        }
    }

    private static TimeSpan Wait(DateTimeOffset tat, TimeSpan tolerance, DateTimeOffset now)
    {
        var allowedAt = tat - tolerance;
        return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void PruneIfDue(DateTimeOffset now)
    {
        // Chats whose bucket has drained carry no information: forget them so memory stays bounded.
        if (now - _lastPrune < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastPrune = now;
        foreach (var key in _chatTat.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList())
        {
            _chatTat.Remove(key);
        }

        foreach (var key in _groupTat.Where(kv => kv.Value < now).Select(kv => kv.Key).ToList())
        {
            _groupTat.Remove(key);
        }
    }
}

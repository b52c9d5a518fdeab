namespace NeighbourBot.Telegram.Emulator.Limits;

/// <summary>A token bucket on the emulator's clock.</summary>
internal sealed class TokenBucket(double capacity, double refillPerSecond, DateTimeOffset now)
{
    private readonly double _capacity = capacity;
    private double _tokens = capacity;
    private DateTimeOffset _updated = now;

    public double Available(DateTimeOffset now)
    {
        var elapsed = (now - _updated).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(_capacity, _tokens + (elapsed * refillPerSecond));
            _updated = now;
        }

        return _tokens;
    }

    public void Take() => _tokens -= 1;

    /// <summary>Whole seconds until one token is back, as Telegram's retry_after (at least 1).</summary>
    public int SecondsUntilOne(DateTimeOffset now) =>
        Math.Max(1, (int)Math.Ceiling((1 - Available(now)) / refillPerSecond));
}

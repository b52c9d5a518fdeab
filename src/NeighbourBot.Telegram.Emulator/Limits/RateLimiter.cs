namespace NeighbourBot.Telegram.Emulator.Limits;

/// <summary>Telegram's per-bot limits on sending: overall, per private chat, per group. Callers hold the world's lock.</summary>
internal sealed class RateLimiter(RateLimitOptions options)
{
    private readonly Dictionary<(long Bot, long Chat), TokenBucket> _buckets = [];

    /// <summary>Takes one message from the global and the chat budget, or returns the retry_after to answer.</summary>
    public int? TryAcquire(long botId, long chatId, bool isGroup, DateTimeOffset now)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var global = Bucket(botId, long.MinValue, options.GlobalPerSecond, options.GlobalPerSecond, now);
        var chat = isGroup
            ? Bucket(botId, chatId, options.GroupPerMinute, options.GroupPerMinute / 60.0, now)
            : Bucket(botId, chatId, options.PrivateChatBurst, options.PrivateChatPerSecond, now);
        if (global.Available(now) < 1)
        {
            return global.SecondsUntilOne(now);
        }

        if (chat.Available(now) < 1)
        {
            return chat.SecondsUntilOne(now);
        }

        global.Take();
        chat.Take();
        return null;
    }

    private TokenBucket Bucket(long botId, long chatId, double capacity, double perSecond, DateTimeOffset now)
    {
        if (!_buckets.TryGetValue((botId, chatId), out var bucket))
        {
            bucket = new TokenBucket(Math.Max(1, capacity), perSecond, now);
            _buckets[(botId, chatId)] = bucket;
        }

        return bucket;
    }
}

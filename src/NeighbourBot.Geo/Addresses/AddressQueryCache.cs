namespace NeighbourBot.Geo.Addresses;

/// <summary>
/// Recent decisions by folded query (case, accents and spaces ignored), bounded in size, each kept for a while:
/// residents retype the same address, and the geocoder allows 50 requests/s per IP.
/// </summary>
public sealed class AddressQueryCache
{
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private readonly TimeSpan _timeToLive;
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();

    public AddressQueryCache(TimeProvider timeProvider, int capacity = 1000, TimeSpan? timeToLive = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _timeProvider = timeProvider;
        _capacity = capacity;
        _timeToLive = timeToLive ?? TimeSpan.FromHours(6);
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cache key of a text: what two spellings of one query have in common.</summary>
    public static string KeyOf(string text) => GeoText.Fold(text);

    public bool TryGet(string key, out AddressLookupResult result)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node.Value.ExpiresAt > _timeProvider.GetUtcNow())
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    result = node.Value.Result;
                    return true;
                }

                _recency.Remove(node);
                _entries.Remove(key);
            }
        }

        result = null!;
        return false;
    }

    public void Set(string key, AddressLookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
                _entries.Remove(key);
            }

            while (_entries.Count >= _capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            var node = _recency.AddFirst(new Entry(key, result, _timeProvider.GetUtcNow() + _timeToLive));
            _entries[key] = node;
        }
    }

    /// <summary>Drops every expired entry (the retention job calls it: keys are addresses residents typed); returns how many.</summary>
    public int PruneExpired()
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var expired = _recency.Where(e => e.ExpiresAt <= now).ToList();
            foreach (var entry in expired)
            {
                _entries.Remove(entry.Key, out var node);
                _recency.Remove(node!);
            }

            return expired.Count;
        }
    }

    private sealed record Entry(string Key, AddressLookupResult Result, DateTimeOffset ExpiresAt);
}

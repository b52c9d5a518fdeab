using System.Collections.Concurrent;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>A listing as the simulated residents know it: found in the group by its unique word.</summary>
public sealed class SoakListing(string token, string item, long authorId, string quartier, bool withPhone)
{
    /// <summary>A made-up word in the text, unique to this listing, to find its group message(s).</summary>
    public string Token { get; } = token;

    /// <summary>The thing given; also the listing's title, which the bot quotes to the poster.</summary>
    public string Item { get; } = item;

    public long AuthorId { get; } = authorId;

    public string Quartier { get; } = quartier;

    /// <summary>The poster wrote their phone number in it (the bot must mask it).</summary>
    public bool WithPhone { get; } = withPhone;

    /// <summary>Residents who said "Ça m'intéresse" and got the bot's confirmation.</summary>
    public ConcurrentQueue<long> Interested { get; } = new();

    /// <summary>0 open, 1 reserved, 2 given (as the poster last saw it confirmed).</summary>
    public int Stage { get; set; }

    private int _busy;

    /// <summary>Claims the listing for one action (reserve, give), so that two actions never race on it.</summary>
    public bool TryClaim() => Interlocked.CompareExchange(ref _busy, 1, 0) == 0;

    public void Release() => Volatile.Write(ref _busy, 0);
}

using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class AddressQueryCacheTests
{
    [Fact]
    public void Case_accents_and_spaces_do_not_make_a_new_query()
    {
        Assert.Equal(AddressQueryCache.KeyOf("12 rue de la Liberté"), AddressQueryCache.KeyOf("  12 RUE DE LA   LIBERTE "));
        Assert.NotEqual(AddressQueryCache.KeyOf("12 rue de la Liberté"), AddressQueryCache.KeyOf("14 rue de la Liberté"));
    }

    [Fact]
    public void The_cache_forgets_the_least_recently_used_beyond_its_size_and_everything_after_its_time()
    {
        var time = new FakeTimeProvider();
        var cache = new AddressQueryCache(time, capacity: 2, timeToLive: TimeSpan.FromMinutes(10));
        var found = new AddressLookupResult { Outcome = AddressLookupOutcome.NotFound };

        cache.Set("a", found);
        cache.Set("b", found);
        Assert.True(cache.TryGet("a", out _));
        cache.Set("c", found);

        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out _));
        Assert.Equal(2, cache.Count);

        time.Advance(TimeSpan.FromMinutes(11));
        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("c", out _));
    }
}

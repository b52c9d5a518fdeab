using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;
using NeighbourBot.Geo.Tests.Support;
using NeighbourBot.Testing;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class BanResilienceTests
{
    [Fact]
    public async Task A_429_is_retried_after_the_seconds_its_Retry_After_asks_for()
    {
        var time = new TimerWatchingTimeProvider();
        await using var server = new LocalBanServer(r => r.Number == 1 ? Reply.TooManyRequests("7") : Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, time, BanClients.Quick with { RetryBaseDelay = TimeSpan.FromMilliseconds(100) });

        var pending = lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);
        // Our own backoff would wait ~100 ms with jitter; exactly 7 s can only come from the header.
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        Assert.Equal(1, server.RequestCount);
        time.Advance(TimeSpan.FromSeconds(7));
        var result = await pending;

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task A_429_asking_for_a_longer_wait_than_the_total_timeout_is_unavailable_at_once()
    {
        await using var server = new LocalBanServer(_ => Reply.TooManyRequests("3600"));
        var lookup = BanClients.Create(server, new FakeTimeProvider());

        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Unavailable, result.Outcome);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task A_429_with_a_Retry_After_date_waits_until_that_date()
    {
        var time = new TimerWatchingTimeProvider();
        var date = time.GetUtcNow().AddSeconds(5).ToString("r", CultureInfo.InvariantCulture);
        await using var server = new LocalBanServer(r => r.Number == 1 ? Reply.TooManyRequests(date) : Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, time);

        var pending = lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(AddressLookupOutcome.Confirm, (await pending).Outcome);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task A_503_then_success_is_a_success_after_one_retry()
    {
        await using var server = new LocalBanServer(r => r.Number == 1 ? Reply.Status(HttpStatusCode.ServiceUnavailable) : Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, TimeProvider.System);

        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var server = new LocalBanServer(r => r.Number == 1 ? Reply.Drop() : Reply.Fixture(Fixtures.Exact));
        var retries = new ListLogger<BanResilience>();
        var lookup = BanClients.Create(server, TimeProvider.System, resilienceLogger: retries);

        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal(2, server.RequestCount);
        var warning = Assert.Single(retries.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.IsAssignableFrom<HttpRequestException>(warning.Exception);
    }

    [Fact]
    public async Task When_retries_run_out_the_geocoder_is_unavailable()
    {
        await using var server = new LocalBanServer(_ => Reply.Status(HttpStatusCode.BadGateway));
        var lookup = BanClients.Create(server, TimeProvider.System, BanClients.Quick with { MaxRetryAttempts = 2 });

        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Unavailable, result.Outcome);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task A_geocoder_that_never_answers_is_unavailable_within_the_total_timeout()
    {
        await using var server = new SilentServer();
        var total = TimeSpan.FromMilliseconds(1500);
        var retries = new ListLogger<BanResilience>();
        var lookup = BanClients.Create(
            server.BaseUrl,
            TimeProvider.System,
            BanClients.Quick with
            {
                TotalTimeout = total,
                AttemptTimeout = TimeSpan.FromMilliseconds(300),
                MaxRetryAttempts = 10,
            },
            resilienceLogger: retries);

        var clock = Stopwatch.StartNew();
        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);
        clock.Stop();

        Assert.Equal(AddressLookupOutcome.Unavailable, result.Outcome);
        Assert.InRange(clock.Elapsed, total * 0.9, total + TimeSpan.FromSeconds(1));
        // Each attempt timed out on its own and was retried on a new connection before the total timeout struck.
        Assert.Contains(retries.Entries, e => e.Exception is Polly.Timeout.TimeoutRejectedException);
        Assert.InRange(server.Connections, 2, 6);
    }

    [Fact]
    public async Task The_residents_own_cancellation_is_not_swallowed()
    {
        await using var server = new SilentServer();
        var lookup = BanClients.Create(server.BaseUrl, TimeProvider.System);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup.LookupAsync("12 rue de la liberté", cancel.Token));
    }

    [Fact]
    public async Task The_breaker_opens_after_repeated_failures_and_closes_again_after_its_break()
    {
        var time = new FakeTimeProvider();
        var healthy = false;
        await using var server = new LocalBanServer(_ => Volatile.Read(ref healthy) ? Reply.Fixture(Fixtures.Exact) : Reply.Status(HttpStatusCode.ServiceUnavailable));
        var lookup = BanClients.Create(server, time, new BanResilienceOptions
        {
            MaxRetryAttempts = 0,
            BreakerMinimumThroughput = 3,
            BreakerFailureRatio = 0.5,
            BreakerDuration = TimeSpan.FromSeconds(30),
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(AddressLookupOutcome.Unavailable, (await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None)).Outcome);
        }

        Assert.Equal(3, server.RequestCount);

        // Open: the geocoder is spared, even once it is healthy again, until the break is over.
        Volatile.Write(ref healthy, true);
        Assert.Equal(AddressLookupOutcome.Unavailable, (await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None)).Outcome);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(AddressLookupOutcome.Unavailable, (await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None)).Outcome);
        Assert.Equal(3, server.RequestCount);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(AddressLookupOutcome.Confirm, (await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None)).Outcome);
        Assert.Equal(AddressLookupOutcome.Confirm, (await lookup.LookupAsync("12 rue de la liberté dijon", CancellationToken.None)).Outcome);
        Assert.Equal(5, server.RequestCount);
    }

    [Fact]
    public void Retry_After_is_read_in_seconds_or_as_a_date()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.Add("Retry-After", "12");
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.Add("Retry-After", "Thu, 26 Nov 2026 08:00:30 GMT");
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.Add("Retry-After", "Thu, 26 Nov 2026 07:00:00 GMT");
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.FromSeconds(12), BanResilience.RetryAfter(seconds, time));
        Assert.Equal(TimeSpan.FromSeconds(30), BanResilience.RetryAfter(date, time));
        Assert.Equal(TimeSpan.Zero, BanResilience.RetryAfter(past, time));
        Assert.Null(BanResilience.RetryAfter(none, time));
    }
}

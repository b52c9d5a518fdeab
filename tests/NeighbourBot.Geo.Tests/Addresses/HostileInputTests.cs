using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;
using NeighbourBot.Geo.Addresses.Offline;
using NeighbourBot.Geo.Tests.Support;
using NeighbourBot.Testing;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class HostileInputTests
{
    public static TheoryData<string> Impossible => new()
    {
        string.Concat(Enumerable.Repeat("12 rue de la Liberté ", 250)),
        "🏠🏡🏘️🙂",
        "\u0000\u0007\u001b\u007f",
        "!!!???***",
        "42",
        "a",
        "\u202E\u200B\u200D",
    };

    public static TheoryData<string> Hostile => new()
    {
        "'; DROP TABLE residents; --",
        "<script>alert('x')</script>",
        "{{7*7}} ${jndi:ldap://127.0.0.1/a}",
        "../../../../etc/passwd",
        "%00%0d%0aSet-Cookie: a=b",
        "\u001b[31mxzqw\u001b[0m plorb",
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task Text_that_cannot_be_an_address_is_invalid_without_asking_the_geocoder(string text)
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, new FakeTimeProvider());

        var result = await lookup.LookupAsync(text, CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Invalid, result.Outcome);
        Assert.Equal(0, server.RequestCount);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Injection_attempts_are_plain_text_that_finds_nothing_and_is_never_logged_above_debug(string text)
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Empty));
        var logger = new ListLogger<BanAddressLookup>();
        var lookup = BanClients.Create(server, new FakeTimeProvider(), logger: logger);

        var result = await lookup.LookupAsync(text, CancellationToken.None);

        Assert.Contains(result.Outcome, new[] { AddressLookupOutcome.NotFound, AddressLookupOutcome.Invalid });
        foreach (var request in server.Requests)
        {
            var q = new ServedRequest(0, request).Query["q"] ?? "";
            Assert.True(q.Length >= 3 && char.IsLetterOrDigit(q[0]), q);
            Assert.DoesNotContain(q, c => c is '<' or '>' or ';' or '{' or '$' or '%' or '\r' or '\n');
        }

        Assert.DoesNotContain(logger.Entries, e => e.Level > LogLevel.Debug && e.Message.Contains(text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    [MemberData(nameof(Hostile))]
    public async Task The_offline_lookup_answers_hostile_text_without_throwing(string text)
    {
        var lookup = new OfflineAddressLookup(Gazetteer.Load(Fixtures.Voies), NullLogger<OfflineAddressLookup>.Instance);

        var result = await lookup.LookupAsync(text, CancellationToken.None);

        Assert.Contains(result.Outcome, new[] { AddressLookupOutcome.NotFound, AddressLookupOutcome.Invalid });
    }

    [Fact]
    public async Task Control_characters_and_emojis_around_an_address_are_dropped_before_the_search()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, new FakeTimeProvider());

        var result = await lookup.LookupAsync("🏠 12 rue\u0000 de la\tliberté\u202E ✨\r\n", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal("12 rue de la liberté", new ServedRequest(1, server.Requests[0]).Query["q"]);
    }

    [Theory]
    [InlineData("  12,  rue de la Liberté  ", "12, rue de la Liberté")]
    [InlineData("12 r. l’Église", "12 r. l'Église")]
    [InlineData("- 3 bd Carnot -", "3 bd Carnot")]
    [InlineData("Apt 4 / 12 rue Monge", "Apt 4 / 12 rue Monge")]
    public void Clean_keeps_what_addresses_are_made_of(string typed, string cleaned)
    {
        Assert.Equal(cleaned, AddressText.Clean(typed));
    }

    [Fact]
    public void An_address_of_exactly_the_maximum_length_is_kept_and_one_more_is_refused()
    {
        var longest = "12 rue " + new string('a', AddressText.MaxLength - 7);

        Assert.Equal(longest, AddressText.Clean(longest));
        Assert.Null(AddressText.Clean(longest + "a"));
    }
}

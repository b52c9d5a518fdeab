using Microsoft.Extensions.Configuration;
using NeighbourBot.Host.Configuration;

namespace NeighbourBot.Host.Tests;

public sealed class SettingsValidatorTests
{
    private static IReadOnlyList<string> Validate(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("NeighbourBot:" + s.Key, s.Value)))
            .Build();
        return SettingsValidator.Validate(configuration);
    }

    [Fact]
    public void The_shipped_appsettings_are_valid() => Assert.Empty(Validate());

    [Theory]
    [InlineData("Telegram:Mode", "Carrier-pigeon")]
    [InlineData("Telegram:ApiBaseUrl", "not a url")]
    [InlineData("Telegram:Token", "my token")]
    [InlineData("Addresses:Provider", "Google")]
    [InlineData("Addresses:CityCodes:0", "Dijon")]
    [InlineData("Operators:0", "@marie")]
    [InlineData("Digest:Schedule", "every evening")]
    [InlineData("Digest:TimeZone", "Paris")]
    [InlineData("Verification:Methods:0", "selfie")]
    [InlineData("Verification:LocationRadiusMeters", "-5")]
    [InlineData("Listings:GroupMode", "Never")]
    [InlineData("Listings:ExpiryDays", "0")]
    [InlineData("Moderation:ReportsToHide", "many")]
    [InlineData("Outbox:GlobalPerSecond", "31")]
    [InlineData("Outbox:PerGroupPerMinute", "21")]
    public void A_bad_value_is_reported_with_its_full_key(string key, string value)
    {
        var error = Assert.Single(Validate((key, value)));

        Assert.StartsWith("NeighbourBot:" + key.Split(':')[0], error);
        Assert.Contains("expected", error);
    }

    [Fact]
    public void Webhook_mode_needs_its_settings()
    {
        var errors = Validate(("Telegram:Mode", "Webhook"));

        Assert.Contains(errors, e => e.Contains("Telegram:WebhookSecret"));
        Assert.Contains(errors, e => e.Contains("Telegram:WebhookUrl"));
        Assert.Contains(errors, e => e.Contains("Telegram:Token"));
    }

    [Fact]
    public void A_long_bad_value_is_not_echoed_whole()
    {
        var token = "123456:" + new string('x', 60) + " oops";

        var error = Assert.Single(Validate(("Telegram:Token", token)));

        Assert.DoesNotContain(token, error);
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NeighbourBot.Host.Configuration;

/// <summary>
/// Checks the raw values of the configuration contract (shared/DESIGN.md) before anything binds them,
/// so that a bad value stops the bot with one readable line naming the key instead of a binder stack trace.
/// </summary>
internal static class SettingsValidator
{
    public const string RootSection = "NeighbourBot";

    private static readonly SettingRule[] Rules =
    [
        new("Storage:Path", NotBlank),
        new("Telegram:ApiBaseUrl", HttpUrl),
        new("Telegram:Mode", OneOf("Polling", "Webhook")),
        new("Telegram:WebhookUrl", EmptyOr(HttpUrl)),
        new("Telegram:ListenUrl", EmptyOr(HttpUrl)),
        new("Telegram:Token", EmptyOr(BotToken)),
        new("Operators", UserId, IsList: true),
        new("Addresses:Provider", OneOf("Ban", "Offline")),
        new("Addresses:BanBaseUrl", HttpUrl),
        new("Addresses:CityCodes", InseeCode, IsList: true),
        new("Addresses:GazetteerPath", NotBlank),
        new("Quartiers:Path", NotBlank),
        new("Digest:Schedule", CronExpression),
        new("Digest:TimeZone", TimeZoneId),
        new("Verification:Methods", OneOf("location", "vouch", "moderator"), IsList: true),
        new("Verification:LocationRadiusMeters", Int(10, 5000)),
        new("Verification:InviteDays", Int(1, 365)),
        new("Listings:ExpiryDays", Int(1, 365)),
        new("Listings:MaxPerDay", Int(1, 1000)),
        new("Listings:DuplicateDays", Int(0, 365)),
        new("Listings:GroupMode", OneOf("Immediate", "DigestOnly")),
        new("Moderation:ReportsToHide", Int(1, 100)),
        new("Outbox:GlobalPerSecond", Int(1, 30)),
        new("Outbox:PerChatPerSecond", Int(1, 30)),
        new("Outbox:PerGroupPerMinute", Int(1, 20)),
    ];

    /// <summary>Every problem found, one readable line each; empty when the configuration is usable.</summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var root = configuration.GetSection(RootSection);
        var errors = Rules.SelectMany(rule => rule.Errors(root)).ToList();

        var mode = root["Telegram:Mode"];
        if (string.Equals(mode, "Webhook", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var key in new[] { "Telegram:Token", "Telegram:WebhookUrl", "Telegram:WebhookSecret", "Telegram:ListenUrl" })
            {
                if (string.IsNullOrWhiteSpace(root[key]))
                {
                    errors.Add($"NeighbourBot:{key} is empty, but Telegram:Mode is Webhook: set it, or use Polling.");
                }
            }

            var secret = root["Telegram:WebhookSecret"];
            if (!string.IsNullOrEmpty(secret) && !IsWebhookSecret(secret))
            {
                errors.Add("NeighbourBot:Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).");
            }
        }

        if (root.GetSection("Verification:Methods").Exists() && !root.GetSection("Verification:Methods").GetChildren().Any())
        {
            errors.Add("NeighbourBot:Verification:Methods is empty: keep at least one of location, vouch, moderator.");
        }

        return errors;
    }

    private static string? NotBlank(string value) => string.IsNullOrWhiteSpace(value) ? "a non-empty value" : null;

    private static string? HttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "an absolute http(s) URL";

    private static Func<string, string?> EmptyOr(Func<string, string?> check) =>
        value => string.IsNullOrEmpty(value) ? null : check(value);

    private static Func<string, string?> OneOf(params string[] allowed) =>
        value => allowed.Contains(value, StringComparer.OrdinalIgnoreCase) ? null : "one of " + string.Join(", ", allowed);

    private static Func<string, string?> Int(int min, int max) =>
        value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? null
            : $"a whole number from {min} to {max}";

    private static string? UserId(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0
            ? null
            : "a numeric Telegram user id (the Bot API cannot resolve @usernames)";

    private static string? InseeCode(string value) =>
        value.Length == 5 && value.All(c => char.IsAsciiDigit(c) || c is 'A' or 'B') ? null : "a 5-character INSEE commune code such as 21231";

    private static string? BotToken(string value)
    {
        // Telegram tokens look like 123456:ABC-DEF...; checking the shape catches a pasted URL or a stray quote.
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && value[..colon].All(char.IsAsciiDigit) && value.Length - colon > 20 && !value.Any(char.IsWhiteSpace)
            ? null
            : "a bot token from @BotFather (digits, a colon, then about 35 characters)";
    }

    private static string? CronExpression(string value) =>
        Cronos.CronExpression.TryParse(value, Cronos.CronFormat.Standard, out _) ? null : "a 5-field cron expression such as '0 18 * * *'";

    private static string? TimeZoneId(string value) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(value, out _) ? null : "an IANA time zone such as Europe/Paris";

    private static bool IsWebhookSecret(string value) =>
        value.Length is >= 1 and <= 256 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}

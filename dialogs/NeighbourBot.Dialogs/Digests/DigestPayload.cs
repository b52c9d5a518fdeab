using System.Globalization;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>Callback payloads of digests and /resume: "dg:{action}:{value}", and the deep-link start parameter of a listing.</summary>
public static class DigestPayload
{
    public const string Prefix = "dg:";

    /// <summary>Open a listing in private (value: listing id).</summary>
    public const string Show = "voir";

    /// <summary>Choose a frequency (value: <see cref="Core.Residents.DigestFrequency"/> as a number).</summary>
    public const string Frequency = "f";

    /// <summary>Choose the local hour (value: 0–23).</summary>
    public const string Hour = "h";

    /// <summary>Toggle a heading (value: <see cref="DigestSection"/> as a number), or "tout" for every kind.</summary>
    public const string Section = "k";

    public const string AllSections = "tout";

    /// <summary>Open the /resume settings (value ignored).</summary>
    public const string Menu = "m";

    /// <summary>The /start parameter of a listing's deep link (letters, digits and "_" only, as Telegram requires).</summary>
    public const string StartPrefix = "annonce_";

    public static string Of(string action, string value) => Prefix + action + ":" + value;

    public static string Of(string action, long value) => Of(action, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads "dg:{action}:{value}"; false for anything else.</summary>
    public static bool TryRead(string payload, out string action, out string value)
    {
        ArgumentNullException.ThrowIfNull(payload);
        action = "";
        value = "";
        if (!payload.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = payload[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == rest.Length - 1)
        {
            return false;
        }

        action = rest[..colon];
        value = rest[(colon + 1)..];
        return true;
    }

    /// <summary>"https://t.me/{bot}?start=annonce_{id}", or null when the bot's username is unknown.</summary>
    public static string? DeepLink(string botUsername, long listingId)
    {
        var bot = botUsername?.Trim().TrimStart('@') ?? "";
        return bot.Length == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"https://t.me/{bot}?start={StartPrefix}{listingId}");
    }

    /// <summary>The listing id of a /start parameter "annonce_{id}".</summary>
    public static bool TryReadStart(string? argument, out long listingId)
    {
        listingId = 0;
        var text = argument?.Trim() ?? "";
        return text.StartsWith(StartPrefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(StartPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out listingId)
            && listingId > 0;
    }
}

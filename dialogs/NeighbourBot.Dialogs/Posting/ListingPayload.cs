using System.Globalization;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>Callback payloads about one listing: "li:{action}:{id}" (well under Telegram's 64 bytes).</summary>
public static class ListingPayload
{
    public const string Prefix = "li:";

    /// <summary>"Ça m'intéresse", pressed in the group.</summary>
    public const string Interested = "int";

    /// <summary>"Signaler", pressed in the group.</summary>
    public const string Report = "rep";

    public const string Unreserve = "unr";
    public const string Given = "don";
    public const string Withdraw = "wd";
    public const string Edit = "ed";

    public static string Of(string action, long listingId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{action}:{listingId}");

    /// <summary>Reads "{prefix}{action}:{id}" with a positive id; anything else is false.</summary>
    public static bool TryRead(string payload, string prefix, out string action, out long id)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(prefix);
        action = "";
        id = 0;
        if (!payload.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = payload.AsSpan(prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0
            || !long.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || id <= 0)
        {
            return false;
        }

        action = rest[..colon].ToString();
        return true;
    }
}

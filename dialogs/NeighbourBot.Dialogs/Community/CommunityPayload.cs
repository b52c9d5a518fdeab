using System.Globalization;

namespace NeighbourBot.Dialogs.Community;

/// <summary>Callback payloads of the community features (each well under Telegram's 64 bytes).</summary>
public static class CommunityPayload
{
    /// <summary>"li:ext:{id}": the poster keeps the listing online for another ExpiryDays.</summary>
    public const string Extend = "ext";

    /// <summary>"cs:{page}:{folded words}": the next page of a search.</summary>
    public const string SearchPrefix = "cs:";

    /// <summary>"al:del:{id}": delete one of my alerts.</summary>
    public const string AlertPrefix = "al:";

    public const string DeleteAlert = "del";

    /// <summary>Telegram's limit on callback data, in UTF-8 bytes.</summary>
    public const int MaxBytes = 64;

    public static string Search(int page, IReadOnlyList<string> words) =>
        string.Create(CultureInfo.InvariantCulture, $"{SearchPrefix}{page}:{string.Join(' ', words)}");

    /// <summary>Reads "cs:{page}:{words}" with a page ≥ 0 and at least one word.</summary>
    public static bool TryReadSearch(string payload, out int page, out string words)
    {
        ArgumentNullException.ThrowIfNull(payload);
        page = 0;
        words = "";
        if (!payload.StartsWith(SearchPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = payload.AsSpan(SearchPrefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0
            || !int.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out page)
            || page > 1000)
        {
            return false;
        }

        words = rest[(colon + 1)..].ToString();
        return words.Trim().Length > 0;
    }
}

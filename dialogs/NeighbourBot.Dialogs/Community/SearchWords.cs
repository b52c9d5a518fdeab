using System.Collections.Concurrent;
using System.Collections.Frozen;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Dialogs.Community;

/// <summary>
/// How /cherche and /alerte compare words: accents and case folded, a plural s or x dropped, small linking words
/// ignored; a listing matches when its title, items or text hold every word of the query.
/// </summary>
public static class SearchWords
{
    /// <summary>More words than this is no longer a search.</summary>
    public const int MaxWords = 6;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "pour", "avec", "sans", "je", "cherche",
    };

    /// <summary>The folded words of <paramref name="text"/>, each once, in order.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var words = new List<string>();
        foreach (var token in Tokens(text))
        {
            // A lone letter (a stray "b" of "<b>", an elided "j'") says nothing about what is sought.
            var meaningful = token.Length > 1 || char.IsDigit(token[0]);
            if (meaningful && !Ignored.Contains(token) && !words.Contains(token, StringComparer.Ordinal))
            {
                words.Add(token);
            }
        }

        return words;
    }

    /// <summary>True when every word is in the listing's title, items or text (the text that may be shown).</summary>
    public static bool Matches(Listing listing, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return Matches(SearchableListing.Of(listing), words);
    }

    /// <summary>As above, on the light read a search makes.</summary>
    public static bool Matches(SearchableListing listing, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return false;
        }

        var haystack = HaystackOf(listing);
        return words.All(haystack.Contains);
    }

    // Every /cherche folds the words of every open listing of the quartier: kept by content (an edited listing is folded
    // again), at most MaxRemembered listings, then started afresh.
    private const int MaxRemembered = 50_000;

    private static readonly ConcurrentDictionary<(long Id, string Title, string Items, string Text), FrozenSet<string>> Remembered = new();

    private static FrozenSet<string> HaystackOf(SearchableListing listing)
    {
        var key = (listing.Id, listing.Title, string.Join('\u0001', listing.Items), listing.BroadcastText);
        if (Remembered.TryGetValue(key, out var known))
        {
            return known;
        }

        var haystack = new HashSet<string>(StringComparer.Ordinal);
        haystack.UnionWith(Tokens(listing.Title));
        foreach (var item in listing.Items)
        {
            haystack.UnionWith(Tokens(item));
        }

        haystack.UnionWith(Tokens(listing.BroadcastText));
        var frozen = haystack.ToFrozenSet(StringComparer.Ordinal);
        if (Remembered.Count >= MaxRemembered)
        {
            Remembered.Clear();
        }

        Remembered[key] = frozen;
        return frozen;
    }

    private static IEnumerable<string> Tokens(string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return Singular(folded[start..i]);
                start = -1;
            }
        }
    }

    private static string Singular(string word) =>
        word.Length > 3 && word[^1] is 's' or 'x' && !char.IsDigit(word[^2]) ? word[..^1] : word;
}

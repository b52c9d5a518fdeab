using System.Collections.Frozen;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>The object vocabulary, indexed by first word for longest-match lookup over singular tokens.</summary>
internal sealed class ItemLexicon
{
    private readonly FrozenDictionary<string, LexiconEntry[]> byFirst;

    // One typo away ("pousette", "trotinette", "aspirteur"): each first word of 6+ letters and its one-letter deletions,
    // pointing back to the word (null when two words share a variant, which is then no evidence either way).
    private readonly FrozenDictionary<string, string?> typos;

    // The second words of longer names ("haute" of "chaise haute"), which a six-letter typo needs after it.
    private readonly FrozenSet<string> laterWords;

    private ItemLexicon(FrozenDictionary<string, LexiconEntry[]> byFirst, IReadOnlySet<string> exactOnly)
    {
        this.byFirst = byFirst;
        laterWords = byFirst.Values.SelectMany(es => es).Where(e => e.Surface.Length > 1).Select(e => e.Surface[1]).ToFrozenSet(StringComparer.Ordinal);
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string variant, string key)
        {
            if (map.TryGetValue(variant, out var existing) && existing != key)
            {
                map[variant] = null;
                return;
            }

            map[variant] = key;
        }

        foreach (var key in byFirst.Keys)
        {
            if (key.Length < 6 || !key.All(char.IsLetter) || exactOnly.Contains(key))
            {
                continue;
            }

            Add(key, key);
            for (var i = 0; i < key.Length; i++)
            {
                Add(key.Remove(i, 1), key);
            }
        }

        typos = map.ToFrozenDictionary(StringComparer.Ordinal);
        typoSpans = typos.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The same variants looked up by span: a word's one-letter deletions are built on the stack, not allocated (this runs on
    // every long word a message holds that the lexicon does not know, several times a parse).
    private readonly FrozenDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> typoSpans;

    public static ItemLexicon Objects { get; } = Load(ObjectLexiconData.Lines + "\n" + ObjectLexiconMoreData.Lines + "\n" + ObjectLexiconExtraData.Lines + "\n" + ObjectLexiconFamiliesData.Lines, exactOnly: ObjectLexiconEnglishData.Lines);

    public static ListingCategory CategoryCode(string code) => code switch
    {
        "fu" => ListingCategory.Furniture,
        "ap" => ListingCategory.Appliances,
        "mm" => ListingCategory.Multimedia,
        "cl" => ListingCategory.Clothing,
        "ki" => ListingCategory.Kids,
        "bc" => ListingCategory.BooksCulture,
        "dt" => ListingCategory.DiyTools,
        "gp" => ListingCategory.GardenPlants,
        "fo" => ListingCategory.Food,
        "an" => ListingCategory.Animals,
        "sl" => ListingCategory.SportsLeisure,
        "ho" => ListingCategory.Household,
        "bm" => ListingCategory.BuildingMaterials,
        "tr" => ListingCategory.Transport,
        "ot" => ListingCategory.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "unknown category code"),
    };

    public static string[] SurfaceTokens(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Tokenizer.Singular(words[i]);
        }

        return words;
    }

    /// <summary>Reads a vocabulary: surfaces separated by ';', then '|' title '|' category code, and an optional '|' flag.</summary>
    /// <param name="lines">The vocabulary, one entry per line.</param>
    /// <param name="exactOnly">More entries, matched only as written: their words ("curtains", "computer") stand one letter away
    /// from French ones ("certains", "compter") and are no evidence of a typo.</param>
    public static ItemLexicon Load(string lines, string exactOnly = "")
    {
        var map = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        var exactKeys = new HashSet<string>(StringComparer.Ordinal);
        var typoKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, exact) in new[] { (lines, false), (exactOnly, true) })
        {
            foreach (var raw in block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = raw.Split('|');
                var category = CategoryCode(parts[2]);
                var flag = parts.Length > 3 ? parts[3][0] : ' ';
                foreach (var surface in parts[0].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var tokens = SurfaceTokens(surface);
                    var entry = new LexiconEntry(tokens, parts[1], category, flag);
                    if (!map.TryGetValue(tokens[0], out var list))
                    {
                        map[tokens[0]] = list = [];
                    }

                    list.Add(entry);
                    (exact ? exactKeys : typoKeys).Add(tokens[0]);
                }
            }
        }

        exactKeys.ExceptWith(typoKeys);
        return new ItemLexicon(map.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(e => e.Surface.Length).ToArray(),
            StringComparer.Ordinal), exactKeys);
    }

    // Everyday words one letter away from an object ("platane" / "platine", "campagne" / "champagne"): spelled right, not typos.
    private static readonly FrozenSet<string> NotTypos = new[]
    {
        "platane", "platanes", "campagne", "compagne", "montagne", "castagne", "chantier", "charpente", "cartouche", "boutique", "pression", "question",
        "personne", "personnes", "position", "portable", "chambres", "cabinet", "carnaval", "concours", "coiffeur", "coiffure", "courrier", "pedaler",
        "pointure", "pointures", "cuisson", "chateau", "chateaux", "chasseur", "chasseurs", "secteur", "secteurs",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool TryTypo(string word, out LexiconEntry[] entries, int shortest = 7)
    {
        entries = [];
        if (word.Length < shortest || word.Length > 14 || !IsLetters(word))
        {
            return false;
        }

        if (NotTypos.Contains(word))
        {
            return false;
        }

        string? found = null;
        if (typos.TryGetValue(word, out var direct))
        {
            found = direct;
        }
        else
        {
            Span<char> variant = stackalloc char[14];
            for (var i = 0; i < word.Length; i++)
            {
                word.AsSpan(0, i).CopyTo(variant);
                word.AsSpan(i + 1).CopyTo(variant[i..]);
                if (typoSpans.TryGetValue(variant[..(word.Length - 1)], out var key))
                {
                    if (key is null || (found is not null && found != key))
                    {
                        return false;
                    }

                    found = key;
                }
            }
        }

        // A changed first letter is another word more often than a typo ("bailleur" is no "tailleur"); the name and an "r" is
        // its verb ("pédaler", "scier").
        // "tailler" is no "tailleur", "broyer" no "broyeur": an infinitive one letter short of its agent noun is the verb.
        return found is not null && found[0] == word[0] && word != found + "r" && !IsVerbOfAgent(word, found) && OneEditApart(word, found) && byFirst.TryGetValue(found, out entries!);
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVerbOfAgent(string word, string found) =>
        word.EndsWith("er", StringComparison.Ordinal) && found.EndsWith("eur", StringComparison.Ordinal) && found.Length == word.Length + 1 &&
        found.AsSpan(0, found.Length - 3).SequenceEqual(word.AsSpan(0, word.Length - 2));

    private static bool IsLaterWordTypo(string written, string expected) =>
        expected.Length >= 7 && written.Length >= 6 && written[0] == expected[0] && !NotTypos.Contains(written) && written.AsSpan().IndexOfAnyExceptInRange('a', 'z') < 0 &&
        OneEditApart(written, expected);

    /// <summary>One insertion, deletion, substitution or swap of neighbours turns one word into the other.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var j = 0;
        while (j < a.Length - i && j < b.Length - i && a[a.Length - 1 - j] == b[b.Length - 1 - j])
        {
            j++;
        }

        var restA = a.Length - i - j;
        var restB = b.Length - i - j;
        if (restA <= 1 && restB <= 1)
        {
            return true;
        }

        // "aspriateur": two neighbours swapped.
        return restA == 2 && restB == 2 && a[i] == b[i + 1] && a[i + 1] == b[i];
    }

    /// <summary>The category of a one-word object, or null when no one-word entry has that name.</summary>
    public ListingCategory? CategoryOf(string word)
    {
        if (byFirst.TryGetValue(word, out var entries))
        {
            foreach (var e in entries)
            {
                if (e.Surface.Length == 1)
                {
                    return e.Category;
                }
            }
        }

        return null;
    }

    /// <summary>The longest entry starting at <paramref name="index"/>, matching singular forms (and the folded form for invariant words).</summary>
    public LexiconEntry? Match(List<Token> tokens, int index)
    {
        var t = tokens[index];
        if (!t.IsWord)
        {
            return null;
        }

        // "chaize haute", "machin à laver": a six-letter word one typo away is read only when the rest of a longer name follows.
        var confirmed = false;
        if (!byFirst.TryGetValue(t.Sing, out var entries) && !byFirst.TryGetValue(t.Norm, out entries) && !TryTypo(t.Sing, out entries))
        {
            if (t.Sing.Length != 6 || index + 1 >= tokens.Count || !laterWords.Contains(tokens[index + 1].Sing) || !TryTypo(t.Sing, out entries, shortest: 6))
            {
                return null;
            }

            confirmed = true;
        }

        foreach (var e in entries)
        {
            if (index + e.Surface.Length > tokens.Count || (confirmed && e.Surface.Length == 1))
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < e.Surface.Length && ok; k++)
            {
                var tk = tokens[index + k];
                // "place pr le concert": the SMS "pr" is "pour".
                // "lave vaiselle", "machine à coudee": a long later word one typo away, once the first word matched exactly.
                ok = tk.Sing == e.Surface[k] || tk.Norm == e.Surface[k] || (tk.Norm == "pr" && e.Surface[k] == "pour") || IsLaterWordTypo(tk.Sing, e.Surface[k]);
            }

            if (ok)
            {
                return e;
            }
        }

        return null;
    }
}

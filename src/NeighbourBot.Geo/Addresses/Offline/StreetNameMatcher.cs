namespace NeighbourBot.Geo.Addresses.Offline;

/// <summary>
/// Fuzzy street-name matching for French addresses: accents and case ignored, the usual abbreviations expanded
/// ("bd", "av", "r.", "pl", "fbg", "st"…), articles optional ("rue liberté"), small typos forgiven (edit distance).
/// </summary>
public static class StreetNameMatcher
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["r"] = "rue", ["ru"] = "rue",
        ["av"] = "avenue", ["ave"] = "avenue", ["aven"] = "avenue", ["avn"] = "avenue",
        ["bd"] = "boulevard", ["bld"] = "boulevard", ["blvd"] = "boulevard", ["bvd"] = "boulevard", ["boul"] = "boulevard", ["bl"] = "boulevard",
        ["pl"] = "place", ["plc"] = "place",
        ["fg"] = "faubourg", ["fbg"] = "faubourg", ["faub"] = "faubourg",
        ["imp"] = "impasse",
        ["all"] = "allee", ["al"] = "allee",
        ["rte"] = "route", ["crs"] = "cours", ["qu"] = "quai", ["qai"] = "quai",
        ["esp"] = "esplanade", ["espl"] = "esplanade", ["chem"] = "chemin", ["ch"] = "chemin", ["sq"] = "square",
        ["pass"] = "passage", ["prom"] = "promenade",
        ["st"] = "saint", ["ste"] = "sainte",
        ["gal"] = "general", ["gen"] = "general", ["gl"] = "general", ["gnl"] = "general",
        ["mal"] = "marechal", ["mar"] = "marechal", ["mchl"] = "marechal",
        ["dr"] = "docteur", ["doct"] = "docteur", ["pr"] = "professeur", ["prof"] = "professeur",
        ["pdt"] = "president", ["cdt"] = "commandant", ["lt"] = "lieutenant", ["cpt"] = "capitaine",
    };

    private static readonly HashSet<string> StreetTypes = new(StringComparer.Ordinal)
    {
        "rue", "avenue", "boulevard", "place", "impasse", "allee", "route", "cours", "quai", "esplanade", "parvis",
        "chemin", "square", "faubourg", "passage", "promenade", "sentier", "ruelle", "voie", "mail", "cite",
        "residence", "villa", "sente", "rond", "point", "pont", "port", "traverse", "montee", "clos", "jardin",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "de", "du", "des", "d", "a", "au", "aux", "et", "en", "sur", "sous",
    };

    /// <summary>Folded tokens with abbreviations expanded: "Bd de la Trémouille" → boulevard de la tremouille.</summary>
    public static IReadOnlyList<string> ExpandedTokens(string text) =>
        GeoText.Tokens(text).Select(t => Abbreviations.GetValueOrDefault(t, t)).ToList();

    public static bool IsArticle(string token) => Articles.Contains(token);

    public static bool IsStreetType(string token) => StreetTypes.Contains(token);

    /// <summary>A name as its street type (first token, if it is one) and its significant words.</summary>
    public static StreetName Analyse(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var type = tokens.Count > 1 && IsStreetType(tokens[0]) ? tokens[0] : null;
        var words = tokens.Skip(type is null ? 0 : 1).Where(t => !IsArticle(t)).ToList();
        return new StreetName(type, words);
    }

    /// <summary>How well a typed name matches a street's, 0..1: typed words found (55 %), street words covered (30 %), same type (15 %).</summary>
    public static double Score(StreetName typed, StreetName street)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(street);
        var score = ScoreAsIs(typed, street);
        if (typed.Type is not null && typed.Type != street.Type)
        {
            // "fg raines" for "Rue du Faubourg Raines": the typed "type" may be a word of the name.
            score = Math.Max(score, ScoreAsIs(new StreetName(null, [typed.Type, .. typed.Words]), street));
        }

        return score;
    }

    private static double ScoreAsIs(StreetName typed, StreetName street)
    {
        if (typed.Words.Count == 0 || street.Words.Count == 0)
        {
            return 0;
        }

        var typedCoverage = typed.Words.Average(t => street.Words.Max(s => Similarity(t, s)));
        var streetCoverage = street.Words.Average(s => typed.Words.Max(t => Similarity(t, s)));
        var typeAgreement = typed.Type is null || typed.Type == street.Type ? 1.0 : 0.0;
        return (0.55 * typedCoverage) + (0.3 * streetCoverage) + (0.15 * typeAgreement);
    }

    /// <summary>Word similarity: 1 equal, 0.85 one edit away, 0.75 a typed start of the word, 0.7 two edits away (long words).</summary>
    public static double Similarity(string typed, string word)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(word);
        if (typed == word)
        {
            return 1;
        }

        var shorter = Math.Min(typed.Length, word.Length);
        if (shorter < 4)
        {
            return 0;
        }

        var distance = EditDistance(typed, word, 2);
        return distance switch
        {
            1 => 0.85,
            _ when word.StartsWith(typed, StringComparison.Ordinal) => 0.75,
            2 when shorter >= 7 => 0.7,
            _ => 0,
        };
    }

    /// <summary>Optimal string alignment distance (a swap of two neighbours is one edit), capped at <paramref name="max"/> + 1.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return Math.Min(d[a.Length, b.Length], max + 1);
    }
}

using System.Collections.Frozen;

namespace NeighbourBot.Language.Parsing;

/// <summary>French numbers written in words ("mille cinq cents", "quatre-vingt-dix", "une dizaine"), which the Recognizers misread or miss.</summary>
internal static class FrenchNumbers
{
    // "deu", "troi", "quatres": typed in a hurry, still unmistakable.
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["deu"] = 2, ["troi"] = 3, ["quatres"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15,
        ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60,
        ["septante"] = 70, ["huitante"] = 80, ["octante"] = 80, ["nonante"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Approximate = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40,
        ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100, ["demi-douzaine"] = 6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsNumberWord(string w)
    {
        if (Units.ContainsKey(w) || w is "cent" or "cents" or "mille" or "et")
        {
            return w != "et";
        }

        if (w.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in w.Split('-'))
            {
                if (!(Units.ContainsKey(part) || part is "cent" or "cents" or "mille" or "et"))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on the number <paramref name="previous"/> starts when written apart without hyphens
    /// ("trente cinq", "quatre vingt", "deux cents", "cent douze"); "cinq six" are two numbers (a range).
    /// </summary>
    public static bool Continues(string previous, string next)
    {
        if (!IsNumberWord(previous) || !IsNumberWord(next))
        {
            return false;
        }

        var last = previous[(previous.LastIndexOf('-') + 1)..];
        var dash = next.IndexOf('-', StringComparison.Ordinal);
        var head = dash > 0 ? next[..dash] : next;
        if (last is "cent" or "cents" or "mille" || (head is "cent" or "cents" or "mille" && Units.TryGetValue(last, out var times) && times > 1))
        {
            return true;
        }

        if (!Units.TryGetValue(last, out var tens) || !Units.TryGetValue(head, out var unit))
        {
            return false;
        }

        // "quatre vingt", "trente cinq", "soixante dix", "quatre-vingt douze".
        return (tens == 4 && unit == 20) || (tens is >= 20 and <= 90 && tens % 10 == 0 && (unit is >= 1 and <= 9 || (tens is 20 or 60 && unit is >= 10 and <= 19)));
    }

    private static int RangeTop(string w)
    {
        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || w.IndexOf('-', dash + 1) >= 0 ||
            !Units.TryGetValue(w[..dash], out var low) || !Units.TryGetValue(w[(dash + 1)..], out var high))
        {
            return 0;
        }

        return low is > 0 and <= 16 && high > low && high <= 16 ? high : 0;
    }

    /// <summary>"une dizaine", and as texted with digits: "une 10aine", "une 20aine de livres".</summary>
    public static bool TryApproximate(string w, out int value)
    {
        if (Approximate.TryGetValue(w, out value))
        {
            return true;
        }

        var digits = w.AsSpan().IndexOfAnyExceptInRange('0', '9');
        value = 0;
        return digits is 2 or 3 && w.AsSpan(digits).SequenceEqual("aine") && int.TryParse(w.AsSpan(0, digits), out value) && value is 10 or 12 or 15 or 20 or 30 or 40 or 50 or 60 or 100;
    }

    /// <summary>Reads a number written in digits or French words starting at <paramref name="index"/>; "un"/"une" alone count only when <paramref name="allowArticle"/>.</summary>
    public static bool TryRead(List<Token> tokens, int index, bool allowArticle, out decimal value, out int consumed)
    {
        value = 0;
        consumed = 0;
        if (index >= tokens.Count)
        {
            return false;
        }

        var first = tokens[index];
        if (first.IsNumber)
        {
            var s = first.Norm.Replace(',', '.');
            if (decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value))
            {
                consumed = 1;
                return true;
            }

            return false;
        }

        long total = 0;
        long current = 0;
        var i = index;
        var any = false;
        while (i < tokens.Count && tokens[i].IsWord)
        {
            var w = tokens[i].Norm;
            if (w == "et" && any && i + 1 < tokens.Count && tokens[i + 1].Norm is "un" or "une" or "onze")
            {
                i++;
                continue;
            }

            if (!IsNumberWord(w))
            {
                break;
            }

            // "deux-trois", "cinq-six": two rising small numbers joined by a hyphen are a range, not a sum; the top counts (SCHEMA).
            if (!any && RangeTop(w) is var top && top > 0)
            {
                value = top;
                consumed = 1;
                return true;
            }

            foreach (var part in w.Split('-'))
            {
                if (part == "et")
                {
                    continue;
                }

                if (part is "cent" or "cents")
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else if (part == "mille")
                {
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                }
                else if (Units.TryGetValue(part, out var u))
                {
                    // quatre-vingt: 4 * 20.
                    if (u == 20 && current % 100 is >= 2 and <= 9 && current % 100 == current % 10 && current > 0 && (current % 100) == 4)
                    {
                        current = current - 4 + 80;
                    }
                    else
                    {
                        current += u;
                    }
                }
            }

            any = true;
            i++;
        }

        if (!any)
        {
            return false;
        }

        consumed = i - index;
        if (consumed == 1 && !allowArticle && first.Norm is "un" or "une")
        {
            consumed = 0;
            return false;
        }

        value = total + current;
        return true;
    }
}

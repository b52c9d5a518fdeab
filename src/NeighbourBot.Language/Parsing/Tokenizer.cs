using System.Collections.Frozen;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Parsing;

/// <summary>Splits folded text into words (hyphens kept, elisions split) and punctuation, with French singular forms.</summary>
internal static class Tokenizer
{
    // Nouns that end in s/x in the singular: never strip them.
    private static readonly FrozenSet<string> Invariant = new[]
    {
        "bois", "tapis", "colis", "souris", "repas", "jus", "pois", "fois", "mois", "corps", "poids", "prix", "noix", "croix", "voix",
        "choix", "radis", "cassis", "velours", "ananas", "matelas", "lilas", "bus", "os", "vis", "avis", "dos", "fils", "gens", "temps",
        "concours", "cours", "secours", "tennis", "anglais", "francais", "chinois", "bas", "gris", "frais", "mais", "puis", "plus", "tres",
        "sous", "dans", "vers", "chez", "apres", "depuis", "sans", "alors", "tous", "nous", "vous", "les", "des", "mes", "tes", "ses", "ces",
        "nos", "vos", "leurs", "pas", "jamais", "parfois", "toujours", "moins", "ailleurs", "divers", "dessus", "dessous", "gratos", "ras",
        "lego", "playmobil", "jeans", "legos", "puzzle", "relais", "remorques", "siamois", "hamster", "biceps", "cactus", "campus", "virus",
        "chaos", "pays", "marais", "palais", "progres", "exces", "acces", "proces", "succes", "abces", "cypres", "chassis", "debarras",
        "bras", "canevas", "compas", "embarras", "fatras", "glas", "judas", "repos", "propos", "clos", "enclos", "gros", "mas", "tas",
        "verglas", "appentis", "croquis", "devis", "parvis", "permis", "pis", "puits", "rubis", "salsifis", "taudis", "torticolis", "treillis",
        "ambitieux", "heureux", "vieux", "deux", "mieux", "nombreux", "precieux", "prix", "paix", "faux", "doux", "roux", "jaloux", "houx",
        "tous", "dix", "six", "aux", "ceux", "eux", "toux", "perdrix", "lynx", "index", "silex", "thorax", "fax", "box", "max", "taux",
        "sens", "mars", "fils", "iris", "anis", "hibiscus", "eucalyptus", "papyrus", "humus", "bonus", "terminus", "autobus", "minibus",
        "obus", "sinus", "rebus", "pus", "abribus", "airbus", "plexus", "pancréas", "encas", "fracas", "lacs", "plusieurs", "quelques",
        "vasistas", "atlas", "xbox", "ps", "cds", "dvds", "gaz", "riz", "nez", "chez", "assez",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Token> Tokenize(string text, string folded)
    {
        var tokens = new List<Token>(Math.Min(folded.Length / 4 + 4, 4096));
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var digits = char.IsDigit(c);
                var allDigits = digits;
                var hidden = false;
                while (i < folded.Length)
                {
                    var d = folded[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        // "Donne 2tabourets", "vends 3velos": a count typed against its word is two words (not "150euros", read whole as an amount,
                        // nor "une 30aine", "2main", "3ieme", read whole elsewhere).
                        if (allDigits && char.IsLetter(d) && i - start <= 3 && GluedWord(folded, i))
                        {
                            break;
                        }

                        allDigits &= char.IsDigit(d);
                        i++;
                        continue;
                    }

                    // "ta\u00ADble", "télé\u200Bvision": a soft hyphen, a zero-width or control character pasted inside a word
                    // (the folding blanks them, and they are no space) does not cut it in two.
                    if (d == ' ' && !char.IsWhiteSpace(text[i]) && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))
                    {
                        hidden = true;
                        i++;
                        continue;
                    }

                    // Keep hyphenated words (porte-bébé, week-end) and decimals (2,50) together.
                    if ((d == '-' && i + 1 < folded.Length && char.IsLetter(folded[i + 1]) && !allDigits) ||
                        ((d == ',' || d == '.') && allDigits && i + 1 < folded.Length && char.IsDigit(folded[i + 1]) && i - start <= 4 && (i + 3 >= folded.Length || !char.IsDigit(folded[i + 3]))))
                    {
                        i++;
                        continue;
                    }

                    break;
                }

                var norm = hidden ? folded[start..i].Replace(" ", string.Empty, StringComparison.Ordinal) : folded[start..i];
                if (text.AsSpan(start, i - start).IndexOfAny('œ', 'Œ') >= 0)
                {
                    norm = TextNormalizer.Normalize(text[start..i]);
                }
                // Elisions: j', d', l', qu', n', m', s', t', c' become their own word.
                if (i < folded.Length && folded[i] == '\'' && norm is "j" or "d" or "l" or "qu" or "n" or "m" or "s" or "t" or "c" or "jusqu" or "lorsqu" or "puisqu" or "quelqu" or "aujourd")
                {
                    tokens.Add(new Token(norm, norm, start, i, true, false, char.IsUpper(text[start])));
                    i++;
                    continue;
                }

                if (norm.Length > 200)
                {
                    norm = norm[..200];
                }

                var isNumber = allDigits || IsDecimal(norm);
                var sing = isNumber ? norm : Singular(norm);
                if (!isNumber && TimeWordVariant(norm, tokens.Count > 0 ? tokens[^1].Norm : string.Empty) is { } canonical)
                {
                    norm = sing = canonical;
                }
                else if (norm is "bb")
                {
                    // SMS for "bébé" ("vêtements bb garçon", "baignoire bb").
                    norm = sing = "bebe";
                }

                tokens.Add(new Token(norm, sing, start, i, true, isNumber, char.IsUpper(text[start])));
                if (tokens.Count >= 4000)
                {
                    break;
                }

                continue;
            }

            if (char.IsSurrogate(c) || c == '\'')
            {
                i++;
                continue;
            }

            var p = c.ToString();
            tokens.Add(new Token(p, p, i, i + 1, false, false, false));
            i++;
        }

        return tokens;
    }

    /// <summary>
    /// The usual spelling of a time word written in SMS or with a slip of the thumb ("2main", "samdi", "mercerdi",
    /// "dimance", "à compter de" for "à partir de"), or null: the time rules then read them as they read the usual word.
    /// </summary>
    public static string? TimeWordVariant(string w, string previous)
    {
        if (w.Length < 4 || w.Length > 10)
        {
            return null;
        }

        if (w is "2main" or "dem1" or "dmain" or "demin" or "deman")
        {
            return "demain";
        }

        // "pdt les vacs", "mes vacs de Noël".
        if (w is "vacs")
        {
            return "vacances";
        }

        if (w is "compter" && previous is "a")
        {
            return "partir";
        }

        // "le 12 setpembre", "le 3 janvie": the same slips in a month name, only right after a day of the month, where no
        // other word is likely ("le 3 avirl").
        if (w.Length >= 5 && (previous is "1er" || (previous.Length is 1 or 2 && char.IsDigit(previous[0]) && char.IsDigit(previous[^1]))))
        {
            foreach (var month in LongMonths)
            {
                if (month[0] == w[0] && month != w && Math.Abs(month.Length - w.Length) <= 1 && OneEditApart(month, w))
                {
                    return month;
                }
            }
        }

        // One letter left out, added, changed or two swapped in a weekday name of five letters or more; the first
        // letter is kept ("mari" and "hardi" are other words).
        if (w.Length < 5 || w[0] is not ('l' or 'm' or 'j' or 'v' or 's' or 'd'))
        {
            return null;
        }

        foreach (var day in Weekdays)
        {
            if (w.Length == day.Length + 1 && w[^1] == 's' && w.StartsWith(day, StringComparison.Ordinal))
            {
                // "les lundis" is a plural, no slip.
                return null;
            }

            if (day[0] == w[0] && day != w && Math.Abs(day.Length - w.Length) <= 1 && OneEditApart(day, w))
            {
                return day;
            }
        }

        return null;
    }

    private static readonly string[] Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    // "juin" and "mars" are too short to tell a slip from another word.
    private static readonly string[] LongMonths = ["janvier", "fevrier", "avril", "juillet", "septembre", "octobre", "novembre", "decembre"];

    /// <summary>True when one insertion, deletion, substitution or swap of two neighbouring letters turns a into b.</summary>
    private static bool OneEditApart(string a, string b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var restA = a.Length - prefix - suffix;
        var restB = b.Length - prefix - suffix;
        if (restA + restB == 1 || (restA == 1 && restB == 1))
        {
            return true;
        }

        return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix];
    }

    public static string Singular(string w)
    {
        if (w.Length <= 3 || Invariant.Contains(w))
        {
            return w;
        }

        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            // porte-bebes -> porte-bebe, coupe-carreaux -> coupe-carreau, seche-linge stays.
            return w[..(dash + 1)] + Singular(w[(dash + 1)..]);
        }

        if (w.EndsWith("eaux", StringComparison.Ordinal) || w.EndsWith("eux", StringComparison.Ordinal) || w.EndsWith("aux", StringComparison.Ordinal) && w is "tuyaux" or "noyaux" or "boyaux")
        {
            return w[..^1];
        }

        if (w.EndsWith("aux", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "al";
        }

        if (w.EndsWith("oux", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^1];
        }

        if (w[^1] == 's' && w[^2] != 's')
        {
            return w[..^1];
        }

        return w;
    }

    private static bool GluedWord(string folded, int at)
    {
        var end = at;
        while (end < folded.Length && char.IsLetter(folded[end]))
        {
            end++;
        }

        if (end - at < 4 || (end < folded.Length && char.IsDigit(folded[end])))
        {
            return false;
        }

        return folded.AsSpan(at, end - at) is not ("euro" or "euros" or "euroo" or "euross" or "balle" or "balles" or "boule" or "boules" or "centimes" or "aine" or "aines" or "main" or "ieme" or "iemes");
    }

    private static bool IsDecimal(string s)
    {
        var sep = false;
        foreach (var c in s)
        {
            if (c is ',' or '.')
            {
                sep = true;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return sep && char.IsDigit(s[0]);
    }
}

using System.Collections.Frozen;
using System.Globalization;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Euro amounts in every written form (30€, 150e, 20 balles, cent euros, mille cinq cents euros, 2,50€), and the one
/// that is the listing's price: a lot price over a unit price, the top of a budget range, never a reference price.
/// </summary>
internal static class PriceExtractor
{
    private static readonly FrozenSet<string> CurrencyWords = new[]
    {
        "€", "eur", "euro", "euros", "e", "balle", "balles", "boule", "boules", "eu", "eus", "eu.", "euroo", "euross",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReferenceBefore = new[]
    {
        "achete", "achetee", "achetes", "achetees", "paye", "payee", "payes", "payees", "valeur", "vaut", "valait", "valaient", "valent", "coute", "coutait", "coutent", "coutaient",
        "lieu", "magasin", "initialement", "frais",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "5€ le carton" after "0,50€ pièce": the carton is the lot.
    private static readonly FrozenSet<string> LotAfter = new[] { "tout", "lot", "ensemble", "deux", "trois", "quatre", "cinq", "six", "carton" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The listing's price; <paramref name="budget"/> when the author is the buyer, whose "5 ou 10 €" is a ceiling of 10.</summary>
    public static decimal? Find(List<Token> tokens, Func<string, IReadOnlyList<(int Start, decimal Value)>>? recognizerFallback, string text, bool budget = false)
    {
        decimal? first = null;
        decimal? lot = null;
        decimal? corrected = null;
        decimal? newOnly = null;
        var correction = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "200€. Erratum : c'est 150€", "150 euros. Non attendez, 130€": the amount after a correction wins (SCHEMA rule 2).
            // "40€, baissé à 30€", "prix réduit : 25€", "nouveau prix 60€": a lowered price replaces the first.
            if (first is not null && (tokens[i].Norm is "erratum" or "correction" or "rectification" or "rectificatif" or "attendez" or "oups" or "edit" or "allez" or "baisse" or "baissee" or "reduit" or "reduite" ||
                                      (tokens[i].Norm is "fait" && i > 0 && tokens[i - 1].Norm is "en") || (tokens[i].Norm is "prix" && i > 0 && tokens[i - 1].Norm is "nouveau")))
            {
                correction = true;
            }

            if (!TryAmountAt(tokens, i, out var value, out var next))
            {
                continue;
            }

            if (IsReferenceBefore(tokens, i) || IsReferenceAfter(tokens, next) || IsRate(tokens, next))
            {
                // "Vends vélo 80€ neuf dans son carton": an amount said new is its price when the message states no other.
                if (next < tokens.Count && tokens[next].Norm == "neuf" && !IsReferenceBefore(tokens, i) && !IsRate(tokens, next))
                {
                    newOnly ??= value;
                }

                i = next - 1;
                continue;
            }

            value = WithThousands(tokens, i, value);

            // "je peux mettre 5 ou 10 €": a buyer's two figures are a range, and its top is the budget (SCHEMA).
            if (budget && i + 2 < next && tokens[i + 1].Norm == "ou" && tokens[i + 2].IsNumber && TryDecimal(tokens[i + 2].Norm, out var top) && top > value)
            {
                value = top;
            }

            // "2 vélos : 50 et 60€": a seller's two figures joined by "et" price two things, the first is kept (SCHEMA); "entre 50 et 60€" is a range.
            if (!budget && i + 2 < next && tokens[i + 1].Norm == "et" && tokens[i].IsNumber && !(i > 0 && tokens[i - 1].Norm == "entre") && TryDecimal(tokens[i].Norm, out var low) && low > 0)
            {
                value = low;
            }

            // Budget ranges: "entre 80 et 120 €", "5 à 10 €" take the top; the bottom has no currency of its own.
            if (IsLot(tokens, next) || LotBefore(tokens, i))
            {
                lot ??= value;
            }

            if (correction)
            {
                corrected ??= value;
            }

            first ??= value;
            i = next - 1;
        }

        lot ??= BareAskingPrice(tokens);
        if (corrected is not null)
        {
            return corrected;
        }

        if (lot is not null)
        {
            return lot;
        }

        first ??= newOnly;

        if (first is null && recognizerFallback is not null)
        {
            var euros = recognizerFallback(text);
            if (euros.Count > 0)
            {
                first = euros[0].Value;
            }
        }

        return first;
    }

    /// <summary>True when the message states an amount of money anywhere (a cheap pre-check before any model runs).</summary>
    public static bool HasAmount(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryAmountAt(tokens, i, out _, out _) || (tokens[i].Norm == "prix" && BarePriceAfter(tokens, i) is not null) || BareBudgetAfter(tokens, i) is not null || CeilingAfter(tokens, i) is not null || SaleAt(tokens, i) is not null || Negotiable(tokens, i) is not null || ClosingAsk(tokens, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"prix 20", "prix : 45": an amount right after the word, with nothing after it that makes it something else.</summary>
    private static decimal? BarePriceAfter(List<Token> tokens, int i)
    {
        var at = i + 1 < tokens.Count && tokens[i + 1].Norm == ":" ? i + 2 : i + 1;

        // "prix sympa 20", "prix doux : 15": a word that rates the price sits between it and the amount.
        if (at < tokens.Count && tokens[at].Norm is "sympa" or "doux" or "mini" or "casse" or "demande" or "fixe" or "unique")
        {
            at = at + 1 < tokens.Count && tokens[at + 1].Norm == ":" ? at + 2 : at + 1;
        }

        return at < tokens.Count && tokens[at].IsNumber && TryDecimal(tokens[at].Norm, out var value) && value is > 0 and < 100_000 &&
               (at + 1 >= tokens.Count || !tokens[at + 1].IsWord || tokens[at + 1].Norm is "ou" or "a" or "negociable" or "ferme" or "fermes" or "debattre")
            ? value
            : null;
    }

    /// <summary>
    /// "budget 3000", "budget : 150", "budget de 80", "budget entre 200 et 300", "budget 200-300": a bare amount or range closing the clause,
    /// its top the ceiling ("budget 50 à 100 €" is a range, read with its currency).
    /// </summary>
    private static decimal? BareBudgetAfter(List<Token> tokens, int i)
    {
        if (tokens[i].Norm != "budget")
        {
            return null;
        }

        var at = i + 1;
        while (at < tokens.Count - 1 && tokens[at].Norm is ":" or "de" or "d" or "entre" or "max" or "maxi" or "maximum")
        {
            at++;
        }

        if (at >= tokens.Count || !tokens[at].IsNumber || !TryDecimal(tokens[at].Norm, out var value) || value is < 10 or >= 100_000)
        {
            return null;
        }

        at++;
        if (at + 1 < tokens.Count && tokens[at].Norm is "et" or "a" or "-" or "ou" && tokens[at + 1].IsNumber && TryDecimal(tokens[at + 1].Norm, out var top) && top > value && top < 100_000)
        {
            value = top;
            at += 2;
        }

        return at >= tokens.Count || tokens[at].Norm is "." or "," or "!" or "?" or ")" ? value : null;
    }

    /// <summary>"Vends vélo enfant à 15", "je le laisse à 50": a bare amount after "à" closing a sale's clause.</summary>
    private static decimal? SaleAt(List<Token> tokens, int i)
    {
        if (tokens[i].Norm != "a" || i + 1 >= tokens.Count || (i > 0 && (tokens[i - 1].IsNumber || tokens[i - 1].Norm is "jusqu" or "de" or "du" or "partir")) || !tokens[i + 1].IsNumber || !TryDecimal(tokens[i + 1].Norm, out var value) || value is < 2 or >= 100_000 ||
            (i + 2 < tokens.Count && (tokens[i + 2].IsWord ? tokens[i + 2].Norm is not ("ou" or "negociable" or "ferme" or "debattre" or "chacun" or "chacune" or "seulement" or "svp" or "stp" or "piece" or "pieces" or "l'unite") : tokens[i + 2].Norm is "/" or ":" or "-" or "h" or "x" or "€")))
        {
            return null;
        }

        // "visible samedi à 14", "demain à 9": an hour after a day.
        if (i > 0 && tokens[i - 1].Norm is "lundi" or "mardi" or "mercredi" or "jeudi" or "vendredi" or "samedi" or "dimanche" or "sam" or "dim" or "demain" or "hui" or "soir" or "matin" or "midi" or "aprem" or "apres-midi")
        {
            return null;
        }

        for (var k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (tokens[k].Norm is "vends" or "vend" or "vendre" or "laisse" or "cede" or "brade")
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"vélo, 50 à débattre", "150 ferme", "80 (non) négociable": a bare amount said open to haggling or not, after a comma or a colon.</summary>
    private static decimal? Negotiable(List<Token> tokens, int i) =>
        i >= 1 && i + 1 < tokens.Count && tokens[i].IsNumber && tokens[i - 1].Norm is "," or ":" && TryDecimal(tokens[i].Norm, out var value) && value is >= 2 and < 100_000 &&
        (tokens[i + 1].Norm is "negociable" or "ferme" || (i + 2 < tokens.Count && (tokens[i + 1].Norm, tokens[i + 2].Norm) is ("a", "debattre" or "negocier" or "discuter") or ("non", "negociable")))
            ? value
            : null;

    /// <summary>
    /// "Vends poussette : 40", "vds siège auto - 25", "je la vends, j'en demande 60": a bare amount ending a sale's message after a colon or
    /// a dash, or what the seller asks for it.
    /// </summary>
    private static decimal? ClosingAsk(List<Token> tokens, int i)
    {
        if (!tokens[i].IsNumber || !TryDecimal(tokens[i].Norm, out var value) || value is < 5 or >= 100_000 || i < 2)
        {
            return null;
        }

        var end = i + 1 < tokens.Count && tokens[i + 1].Norm is "." or "!" ? i + 2 : i + 1;
        if (i >= 2 && tokens[i - 2].Norm == "en" && tokens[i - 1].Norm is "demande" or "veux" or "voudrais" or "souhaite" or "attends" &&
            (end >= tokens.Count || !tokens[end].IsWord || tokens[end].Norm is "ou" or "environ" or "minimum" or "mini"))
        {
            return value;
        }

        // "taille : 38", "km : 12000": a labelled figure is no price.
        if (end < tokens.Count || tokens[i - 1].Norm is not (":" or "-") || !tokens[i - 2].IsWord || tokens[i - 2].IsNumber ||
            tokens[i - 2].Sing is "taille" or "pointure" or "age" or "annee" or "km" or "kilometrage" or "modele" or "etage" or "dimension" or "hauteur" or "largeur" or "longueur" or "poids" or "quantite" or "qte" or "stock" or "dispo" or "nombre" or "t")
        {
            return null;
        }

        for (var k = i - 3; k >= 0 && k >= i - 10; k--)
        {
            if (tokens[k].Norm is "vends" or "vend" or "vds" or "vd" or "vendre")
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"budget max 200", "max 150": a bare ceiling, closing its clause.</summary>
    private static decimal? CeilingAfter(List<Token> tokens, int i) =>
        tokens[i].Norm is "max" or "maxi" or "maximum" && i + 1 < tokens.Count && tokens[i + 1].IsNumber && TryDecimal(tokens[i + 1].Norm, out var ceiling) && ceiling is >= 10 and < 100_000 &&
        (i + 2 >= tokens.Count || !tokens[i + 2].IsWord)
            ? ceiling
            : null;

    private static bool TryAmountAt(List<Token> tokens, int i, out decimal value, out int next)
    {
        value = 0;
        next = i + 1;
        var t = tokens[i];

        // "€30", "EUR 30": the currency written first, as on a price tag.
        if (t.Norm is "€" or "eur" && i + 1 < tokens.Count && tokens[i + 1].IsNumber && !(i > 0 && tokens[i - 1].IsNumber) && TryDecimal(tokens[i + 1].Norm, out value) && value is > 0 and < 1_000_000)
        {
            next = i + 2;
            return true;
        }

        if (!t.IsWord)
        {
            return false;
        }

        // "2OO€", "15O euros": a letter O typed for a zero inside a number.
        if (!t.IsNumber && char.IsAsciiDigit(t.Norm[0]) && ZeroAsLetter(t.Norm) is { } typed)
        {
            var at = typed.Unit.Length == 0 ? i + 1 : i;
            if ((typed.Unit is "€" or "eur" or "euro" or "euros" || (typed.Unit.Length == 0 && at < tokens.Count && tokens[at].Norm is "€" or "eur" or "euro" or "euros")) && typed.Value is > 0 and < 1_000_000)
            {
                value = typed.Value;
                next = at + 1;
                return true;
            }
        }

        // "150e", "15€" glued, "30eur".
        if (!t.IsNumber && char.IsAsciiDigit(t.Norm[0]))
        {
            var k = 0;
            while (k < t.Norm.Length && (char.IsAsciiDigit(t.Norm[k]) || t.Norm[k] is ',' or '.'))
            {
                k++;
            }

            var unit = t.Norm[k..];
            if (unit is "cts" or "centimes" && TryDecimal(t.Norm[..k], out value) && value is > 0 and < 100 && value == decimal.Truncate(value))
            {
                value /= 100;
                return true;
            }

            // "1k€", "1,5 k€", "2k euros": thousands written with a k.
            if (unit.Length > 0 && unit[0] == 'k' && k > 0 && TryDecimal(t.Norm[..k], out value) && value is > 0 and < 100)
            {
                var rest = unit[1..];
                var currencyApart = rest.Length == 0 && i + 1 < tokens.Count && tokens[i + 1].Norm is "€" or "eur" or "euro" or "euros";
                if (rest is "€" or "eur" or "euro" or "euros" || currencyApart)
                {
                    // "1,5k" → 1500, written without the decimal scale the product carries.
                    value *= 1000;
                    value = decimal.Truncate(value) == value ? decimal.Truncate(value) : value;
                    next = currencyApart ? i + 2 : i + 1;
                    return true;
                }
            }
            // "3e" is mostly an ordinal ("3e étage", "de 3e"): a glued "e" is a price from 10 up, or with cents.
            // "dans le 21e", "au 15e": an ordinal after an article is a district or a floor, not a price.
            // "Bottes de pluie T39 5e": a small glued "e" closing the message is a price too ("Bâtiment F, 9e" is a floor).
            var ordinal = unit == "e" && i > 0 && tokens[i - 1].Norm is "le" or "du" or "au" or "la" or "aux" or "en";
            var closing = i + 1 == tokens.Count && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Length > 1 && tokens[i - 1].Norm is not ("bat" or "batiment" or "etage" or "escalier" or "porte" or "de" or "classe");
            if (unit is "e" or "eur" or "euro" or "euros" or "€" && TryDecimal(t.Norm[..k], out value) && (unit != "e" || value >= 10 || value != decimal.Truncate(value) || closing) && !ordinal)
            {
                return true;
            }

            return false;
        }

        if (!FrenchNumbers.TryRead(tokens, i, allowArticle: false, out value, out var consumed))
        {
            return false;
        }

        var j = i + consumed;

        // "120 max", "Switch 150 ou échange": a bare amount with a budget or swap cue.
        if (t.IsNumber && value is >= 10 and < 100_000 && j < tokens.Count && !(i > 0 && tokens[i - 1].Norm is "x" or "/" or "de" or "des" or "les") &&
            (tokens[j].Norm is "max" or "maxi" or "maximum" || (tokens[j].Norm is "ou" && j + 1 < tokens.Count && tokens[j + 1].Norm is "echange" or "ech" or "troc")))
        {
            next = j;
            return true;
        }

        // "1,5 k€", "2 k euros": thousands with the k set apart.
        if (t.IsNumber && j + 1 < tokens.Count && tokens[j].Norm == "k" && tokens[j + 1].Norm is "€" or "eur" or "euro" or "euros" && value is > 0 and < 100)
        {
            value *= 1000;
            value = decimal.Truncate(value) == value ? decimal.Truncate(value) : value;
            next = j + 2;
            return true;
        }

        if (j < tokens.Count && CurrencyWords.Contains(tokens[j].Norm))
        {
            // A lone "e" must follow digits directly ("60 e."), not a word ("cinq e" is no price).
            if (tokens[j].Norm == "e" && !t.IsNumber)
            {
                return false;
            }

            // "20 balles rondes de foin", "3 boules de pétanque": balls and bales are things, not euros.
            if (tokens[j].Norm is "balle" or "balles" or "boule" or "boules" && j + 1 < tokens.Count &&
                (tokens[j + 1].Norm is "ronde" or "rondes" or "carree" or "carrees" or "de" or "d" || tokens[j + 1].Sing is "foin" or "paille"))
            {
                return false;
            }

            // "15.000€", "1 000,00 €": the group after the thousands is read with them.
            value = WithThousands(tokens, i, value);
            next = j + 1;
            AddCents(tokens, ref value, ref next);
            return value > 0 && value < 1_000_000;
        }

        // "30,-", "45.-": the Swiss and Belgian price tag, a dash for no cents.
        if (t.IsNumber && j + 1 < tokens.Count && tokens[j].Norm is "," or "." && tokens[j + 1].Norm == "-" && tokens[j].Start == t.End && tokens[j + 1].Start == tokens[j].End &&
            (j + 2 >= tokens.Count || !tokens[j + 2].IsNumber) && value is > 0 and < 1_000_000)
        {
            next = j + 2 < tokens.Count && CurrencyWords.Contains(tokens[j + 2].Norm) ? j + 3 : j + 2;
            return true;
        }

        // "10 ou 15€ selon la taille": prices for variants, the first one is kept (SCHEMA).
        if (t.IsNumber && j + 2 < tokens.Count && tokens[j].Norm == "ou" && tokens[j + 1].IsNumber && CurrencyWords.Contains(tokens[j + 2].Norm) && tokens[j + 2].Norm != "e" && value is >= 1 and < 100_000 &&
            !(i > 0 && tokens[i - 1].Norm is "x" or "/" or "de" or "des" or "les" or "entre"))
        {
            next = j + 3;
            return true;
        }

        // "50 centimes pièce", "50cts".
        if (j < tokens.Count && tokens[j].Norm is "centimes" or "cts" && t.IsNumber && value is > 0 and < 100)
        {
            value /= 100;
            next = j + 1;
            return true;
        }

        // "entre 80 et 120 €", "5 à 10 €": the first bound is read with the second's currency, and the top wins.
        if (j + 1 < tokens.Count && tokens[j].Norm is "et" or "a" or "-" && FrenchNumbers.TryRead(tokens, j + 1, false, out var top, out var c2) &&
            j + 1 + c2 < tokens.Count && CurrencyWords.Contains(tokens[j + 1 + c2].Norm) && top > value)
        {
            value = top;
            next = j + 2 + c2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// An amount stated without its currency, once the message has spoken of euros: "10€ pièce ou les 3 pour 25",
    /// "il m'a coûté 1500€, je le laisse à 400".
    /// </summary>
    private static decimal? BareAskingPrice(List<Token> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var at = -1;
            if (tokens[i].Norm == "pour" && i >= 2 && tokens[i - 2].Norm == "les" && tokens[i - 1].IsNumber)
            {
                at = i + 1;
            }
            // "budget max 200", "max 150": a ceiling before the amount.
            else if (CeilingAfter(tokens, i) is { } ceiling)
            {
                return ceiling;
            }
            else if (SaleAt(tokens, i) is { } asked)
            {
                return asked;
            }
            // "Vends vélo prix 20", "prix : 45", "budget 3000".
            else if (tokens[i].Norm == "prix" && BarePriceAfter(tokens, i) is { } bare)
            {
                return bare;
            }
            else if (BareBudgetAfter(tokens, i) is { } budget)
            {
                return budget;
            }
            else if (Negotiable(tokens, i) is { } open)
            {
                return open;
            }
            else if (ClosingAsk(tokens, i) is { } closing)
            {
                return closing;
            }
            else if (tokens[i].Norm == "a" && tokens[i - 1].Norm is "laisse" or "cede" or "fais" or "brade" or "vends" or "propose" && i >= 2 && tokens[i - 2].Norm is "le" or "la" or "les" or "l")
            {
                at = i + 1;
            }

            // "15 euros pièce ou 80 le tout", "30€ l'un, 100 les 4".
            else if (tokens[i].IsNumber && tokens[i - 1].Norm is "ou" or "," or "et" && i + 2 < tokens.Count && tokens[i + 1].Norm is "le" or "l" or "les" &&
                     (LotAfter.Contains(tokens[i + 2].Norm) || (tokens[i + 1].Norm == "les" && tokens[i + 2].IsNumber)) &&
                     TryDecimal(tokens[i].Norm, out var whole) && whole is > 0 and < 1_000_000)
            {
                return whole;
            }

            if (at > 0 && tokens[at].IsNumber && TryDecimal(tokens[at].Norm, out var value) && value is > 0 and < 1_000_000 &&
                (at + 1 >= tokens.Count || !tokens[at + 1].IsWord || tokens[at + 1].Norm is "€" or "eur" or "euros" or "ou" or "et" or "max" or "maximum" || CurrencyWords.Contains(tokens[at + 1].Norm)))
            {
                return value;
            }
        }

        // The loop stops before the last word, where a closing ask ends.
        return tokens.Count >= 3 ? ClosingAsk(tokens, tokens.Count - 1) ?? ClosingAsk(tokens, tokens.Count - 2) : null;
    }

    /// <summary>"1 500 €", "3 900 €", "1.200 €", "1 000,00 €": a group of three digits after one to three digits, one space or dot apart, is thousands.</summary>
    private static decimal WithThousands(List<Token> tokens, int i, decimal value)
    {
        var t = tokens[i];
        var cents = t.Norm.AsSpan().IndexOfAny(',', '.');
        if (!t.IsNumber || (cents < 0 ? t.Norm.Length : cents) != 3 || (cents >= 0 && t.Norm.Length != 6) || !TryDecimal(t.Norm, out var own) || value != own || i == 0)
        {
            return value;
        }

        var k = i - 1;
        if (tokens[k].Norm == "." && tokens[k].End == t.Start && k > 0)
        {
            k--;
            if (tokens[k].End != tokens[k + 1].Start)
            {
                return value;
            }
        }
        else if (t.Start - tokens[k].End != 1)
        {
            return value;
        }

        var thousands = tokens[k];
        return thousands.IsNumber && thousands.Norm.Length <= 3 && thousands.Norm.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 && (k == 0 || !tokens[k - 1].IsNumber)
            ? (decimal.Parse(thousands.Norm, CultureInfo.InvariantCulture) * 1000) + value
            : value;
    }

    /// <summary>"2 euros 50", "deux euros cinquante": the cents said after the currency, on a small amount, before the end or a unit.</summary>
    private static void AddCents(List<Token> tokens, ref decimal value, ref int next)
    {
        if (value >= 20 || value != decimal.Truncate(value) || next >= tokens.Count || !FrenchNumbers.TryRead(tokens, next, allowArticle: false, out var cents, out var consumed) ||
            cents is < 5 or > 95 || cents != decimal.Truncate(cents) || (tokens[next].IsNumber && tokens[next].Norm.Length != 2))
        {
            return;
        }

        var after = next + consumed;
        if (after < tokens.Count && tokens[after].IsWord && tokens[after].Norm is not ("le" or "la" or "les" or "l" or "piece" or "pieces" or "chacun" or "chacune" or "l'unite" or "unite" or "par" or "ou" or "et"))
        {
            return;
        }

        value += cents / 100;
        next = after;
    }

    private static bool IsReferenceBefore(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            // "boîte valeur sentimentale, 20€": a comma or a full stop ends what the reference word speaks of.
            if (tokens[k].Norm is "," or "." or "!" or ";")
            {
                break;
            }

            // "prix neuf 200€", "prix neuf : 90€", and set apart: "30€ (neuf 60€)", "30€, neuve 60€" (but "console neuve 150€" is the price).
            var w = tokens[k].Norm;
            if (w is "neuf" or "neuve" && k > 0 && (tokens[k - 1].Norm is "prix" || (tokens[k - 1].Norm is "(" or "," or "/" or "-" && (k == i - 1 || (k == i - 2 && tokens[i - 1].Norm == ":")))))
            {
                return true;
            }

            // "achetée 1200€", "au lieu de 120€"; but "j'achète jusqu'à 80 balles" is a budget, "œufs frais 3€" are fresh, "meuble de
            // magasin 50€" is a shop's furniture ("prix magasin", "en magasin" are references) and "il coûte 40€" is asked ("il m'a coûté" was paid).
            if (ReferenceBefore.Contains(w) && !(w == "frais" && !(tokens[k + 1].Norm is "de" or "d" or ":" || (k > 0 && tokens[k - 1].Norm is "les" or "des" or "aux" or "mes" or "vos" or "sans" or "avec" or "+" or "plus"))) &&
                !(w == "magasin" && !(tokens[k + 1].Norm == ":" || (k > 0 && tokens[k - 1].Norm is "prix" or "en" or "au"))) &&
                !(w == "coute" && !(k > 0 && tokens[k - 1].Norm is "a" or "ai" or "as" or "avait" or "avais" or "ont" or "avaient" or "aurait")) && (k >= i - 1 || !(w.StartsWith("achete", StringComparison.Ordinal) || w.StartsWith("paye", StringComparison.Ordinal)) || (k > 0 && tokens[k - 1].Norm is "l" or "ai" or "avais" or "ete")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReferenceAfter(List<Token> tokens, int next)
    {
        for (var k = next; k < Math.Min(tokens.Count, next + 2); k++)
        {
            // "50€ prix neuf 200€": the "neuf" opens the next, reference, amount; "400€ neuf" said of it is what it cost new, but
            // "30€ (neuf 60€)" opens the next one.
            if (tokens[k].Norm is "neuf" or "dessous" or "en" && (tokens[k].Norm != "en" || k + 1 < tokens.Count && tokens[k + 1].Norm is "dessous" or "magasin" or "moins") &&
                !(tokens[k].Norm == "neuf" && k > 0 && tokens[k - 1].Norm is "prix" or "(" or "," or "/" or "-"))
            {
                return true;
            }
        }

        // "40€ de réparations à prévoir", "50€ de caution": a cost around the object, not its price.
        return next + 1 < tokens.Count && tokens[next].Norm is "de" or "d" && tokens[next + 1].Sing is "reparation" or "frais" or "travaux" or "reduction" or "remise" or "port" or "livraison" or "caution" or "essence" or "carburant";
    }

    private static bool IsRate(List<Token> tokens, int next)
    {
        if (next < tokens.Count && tokens[next].Norm == "/" && next + 1 < tokens.Count && tokens[next + 1].Norm is "h" or "heure" or "mois" or "jour" or "semaine" or "an")
        {
            return true;
        }

        return next + 1 < tokens.Count && tokens[next].Norm == "par" && tokens[next + 1].Norm is "heure" or "mois" or "jour" or "semaine";
    }

    /// <summary>"le tout pour 150€", "l'ensemble pour 40€".</summary>
    /// <summary>"le tout pour 150€", "l'ensemble pour 40€".</summary>
    private static bool LotBefore(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 1].Norm is "pour" or "a" && tokens[i - 2].Norm is "tout" or "ensemble" or "lot";

    private static bool IsLot(List<Token> tokens, int next)
    {
        if (next + 1 >= tokens.Count)
        {
            return false;
        }

        var a = tokens[next].Norm;
        var b = tokens[next + 1];
        // "15€ le sac de 20": a container of a stated count is a lot.
        // "100€ pour les trois", "12€ pour les 3".
        return (a is "le" or "l" or "les" or "pour") && (LotAfter.Contains(b.Norm) || (a == "les" && b.IsNumber)) ||
               (a == "pour" && b.Norm == "les" && next + 2 < tokens.Count && (LotAfter.Contains(tokens[next + 2].Norm) || tokens[next + 2].IsNumber)) ||
               (a is "le" or "la" && b.Sing is "sac" or "carton" or "caisse" or "paquet" or "boite" or "lot" && next + 3 < tokens.Count && tokens[next + 2].Norm is "de" && tokens[next + 3].IsNumber);
    }

    /// <summary>"2oo€" → 200 and "€": digits with the letter o typed for zeros, then what follows them.</summary>
    private static (decimal Value, string Unit)? ZeroAsLetter(string w)
    {
        var k = 0;
        var letters = false;
        while (k < w.Length && (char.IsAsciiDigit(w[k]) || (w[k] == 'o' && k > 0)))
        {
            letters |= w[k] == 'o';
            k++;
        }

        // "1o", "2o": a single digit before the o's reads as a typo only with two or more of them or another digit ("2oo", "15o").
        if (!letters || k < 3 || k > 6 || !decimal.TryParse(w.AsSpan(0, k).ToString().Replace('o', '0'), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return (value, w[k..]);
    }

    private static bool TryDecimal(string s, out decimal value) =>
        decimal.TryParse(s.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}

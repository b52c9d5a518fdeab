using System.Text;
using System.Text.RegularExpressions;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Contacts;

/// <summary>
/// Finds and masks phone numbers (every French form, spelled out too), e-mails (also "[at]") and numbered street
/// addresses, so that a listing is never broadcast with contact details by accident.
/// </summary>
public sealed partial class ContactMasker
{
    /// <summary>What replaces a contact detail in the text meant for broadcast.</summary>
    public const string Placeholder = "[coordonnées masquées]";

    private readonly FrenchRecognizers? recognizers;

    /// <param name="recognizers">Optional Recognizers models, used as a second opinion on phones and e-mails.</param>
    public ContactMasker(FrenchRecognizers? recognizers = null) => this.recognizers = recognizers;

    /// <summary>The contact details in <paramref name="text"/>, in order, without overlaps.</summary>
    public IReadOnlyList<ContactMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var folded = TextNormalizer.FoldSameLength(text);
        var found = new List<ContactMatch>(2);
        var digits = 0;
        foreach (var c in folded)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        if (digits >= 8)
        {
            foreach (Match m in Phone().Matches(folded))
            {
                Add(found, ContactKind.Phone, text, m.Index, m.Length);
            }
        }

        if (folded.Contains("zero", StringComparison.Ordinal))
        {
            FindSpelledPhones(text, folded, found);
        }

        // Every form the e-mail pattern accepts holds one of these; "at" alone is in too many words ("chat", "gâteau").
        var maybeEmail = folded.Contains('@', StringComparison.Ordinal) || folded.Contains(" at ", StringComparison.Ordinal) || folded.Contains("at]", StringComparison.Ordinal) ||
                         folded.Contains("at)", StringComparison.Ordinal) || folded.Contains("at}", StringComparison.Ordinal) || folded.Contains("arobase", StringComparison.Ordinal);
        if (maybeEmail)
        {
            foreach (Match m in Email().Matches(folded))
            {
                Add(found, ContactKind.Email, text, m.Index, m.Length);
            }
        }

        if (digits > 0)
        {
            foreach (Match m in AddressNumberFirst().Matches(folded))
            {
                // Abbreviations and common nouns ("12 BD", "3 places", "2 cours") are street types only before a name.
                if (m.Groups["t"].Value is "bd" or "av" or "av." or "fg" or "place" or "square" or "cours" or "passage" or "route" or "voie" or "villa" or "cite" or "residence" or "promenade" or "mail" or "hameau" or "parvis" or "sentier" && !NameFollows(text, m.Index + m.Length))
                {
                    continue;
                }

                // "cave n°14 résidence les Peupliers", "box 3 allée B": the number of a cellar or a door inside a building, not a street number.
                // Before a true street ("appartement 21 avenue de Grammont") the number is the street's: masking wrongly costs less than leaking.
                var look = Math.Max(0, m.Index - 24);
                if (m.Groups["t"].Value is not ("rue" or "avenue" or "boulevard" or "impasse" or "chemin" or "quai" or "faubourg") &&
                    UnitBefore().IsMatch(folded.AsSpan(look, m.Index - look)))
                {
                    continue;
                }

                var end = StreetNameEnd(text, m.Index + m.Length);
                if (end > 0)
                {
                    Add(found, ContactKind.StreetAddress, text, m.Groups["n"].Index, end - m.Groups["n"].Index);
                }
            }

            foreach (Match m in AddressNumberAfter().Matches(folded))
            {
                Add(found, ContactKind.StreetAddress, text, m.Index, m.Length);
            }
        }

        // The Sequence models are a second opinion, run only where own rules found nothing but the text can hold
        // a number (9+ digits) or an address ('@').
        // Each model only sees short windows around what it could recognise, so that a long message costs no more.
        if (recognizers is not null)
        {
            if (digits >= 9 && !found.Exists(c => c.Kind == ContactKind.Phone))
            {
                var from = 0;
                for (var n = 0; n < 5 && PhoneLikeRunEnd(folded, from) is var end && end > 0; n++)
                {
                    AskModel(recognizers, text, found, Math.Max(0, end - 60), Math.Min(text.Length, end + 20), phones: true);
                    from = end;
                }
            }

            if (!found.Exists(c => c.Kind == ContactKind.Email))
            {
                var at = folded.IndexOf('@', StringComparison.Ordinal);
                for (var n = 0; n < 5 && at >= 0; n++)
                {
                    AskModel(recognizers, text, found, Math.Max(0, at - 80), Math.Min(text.Length, at + 80), phones: false);
                    at = folded.IndexOf('@', at + 80 < folded.Length ? at + 80 : folded.Length);
                }
            }
        }

        if (found.Count > 0 && (folded.Contains("http", StringComparison.Ordinal) || folded.Contains("www.", StringComparison.Ordinal)))
        {
            // Web links are not contact details (shared/corpus/SCHEMA.md), even with digits in them.
            foreach (Match link in Link().Matches(folded))
            {
                found.RemoveAll(c => c.Start >= link.Index && c.Start + c.Length <= link.Index + link.Length);
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The text with every contact detail replaced by <see cref="Placeholder"/>.</summary>
    public MaskedText Mask(string text)
    {
        var contacts = Find(text);
        if (contacts.Count == 0)
        {
            return new MaskedText(text, contacts);
        }

        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var c in contacts)
        {
            sb.Append(text, at, c.Start - at).Append(Placeholder);
            at = c.Start + c.Length;
        }

        sb.Append(text, at, text.Length - at);
        return new MaskedText(sb.ToString(), contacts);
    }

    private static void Add(List<ContactMatch> found, ContactKind kind, string text, int start, int length)
    {
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }

        var end = start + length;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var f = found[i];
            var fEnd = f.Start + f.Length;
            if (start < fEnd && f.Start < end)
            {
                // Overlap: keep the union, under the first kind found (the more specific rule runs first).
                var s = Math.Min(start, f.Start);
                var e = Math.Max(end, fEnd);
                found[i] = f with { Start = s, Length = e - s, Text = text[s..e] };
                return;
            }
        }

        found.Add(new ContactMatch(kind, text.Substring(start, length), start, length));
    }

    private static void FindSpelledPhones(string text, string folded, List<ContactMatch> found)
    {
        // "zéro six trente-neuf quatre-vingt-dix-huit …": a run of number words starting with "zéro".
        foreach (Match m in SpelledRun().Matches(folded))
        {
            var words = m.Value.Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 5)
            {
                Add(found, ContactKind.Phone, text, m.Index, m.Length);
            }
        }
    }

    private static void AskModel(FrenchRecognizers recognizers, string text, List<ContactMatch> found, int start, int end, bool phones)
    {
        // Keep the window on whole characters (a surrogate pair must not be cut in two).
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        foreach (var (s, length, isEmail) in recognizers.FindPhonesAndEmails(text[start..end], phones, !phones))
        {
            Add(found, isEmail ? ContactKind.Email : ContactKind.Phone, text, start + s, length);
        }
    }

    /// <summary>Where 9+ digits close together end (separated only by spaces, dots, dashes or brackets), or -1.</summary>
    private static int PhoneLikeRunEnd(string folded, int from)
    {
        var run = 0;
        var gap = 0;
        for (var i = from; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsAsciiDigit(c))
            {
                run++;
                gap = 0;
                if (run >= 9)
                {
                    while (i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))
                    {
                        i++;
                    }

                    return i + 1;
                }
            }
            else if (c is ' ' or '.' or '-' or '(' or ')' or '/' or '+' && ++gap <= 2)
            {
                continue;
            }
            else
            {
                run = 0;
                gap = 0;
            }
        }

        return -1;
    }

    private static bool NameFollows(string text, int from)
    {
        var i = from;
        for (var words = 0; words < 3 && i < text.Length; words++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && char.IsUpper(text[i]))
            {
                return true;
            }

            var s = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var w = text[s..i].ToLowerInvariant();
            if (w is not ("de" or "du" or "des" or "la" or "le" or "les" or "d" or "l"))
            {
                return false;
            }

            if (i < text.Length && text[i] is '\'' or '\u2019')
            {
                i++;
            }
        }

        return false;
    }

    private static int StreetNameEnd(string text, int from)
    {
        // The street name: capitalised words and particles ("des Vignes", "Chabot-Charny"), or at most two
        // lower-case words when the resident writes without capitals; never past punctuation.
        var i = from;
        var end = from;
        var lower = 0;
        var capitals = 0;
        for (var words = 0; words < 6; words++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '\u2019'))
            {
                i++;
            }

            if (i == s)
            {
                break;
            }

            var word = text[s..i];
            var folded = TextNormalizer.Normalize(word);
            var name = folded.StartsWith("d'", StringComparison.Ordinal) || folded.StartsWith("l'", StringComparison.Ordinal) ? word[2..] : word;
            if (name.Length > 0 && (char.IsUpper(name[0]) || char.IsDigit(name[0])))
            {
                capitals++;
                end = i;
                continue;
            }

            if (folded is "de" or "du" or "des" or "la" or "le" or "les" or "saint" or "sainte")
            {
                continue;
            }

            if (capitals == 0 && lower < 2 && name.Length > 0)
            {
                lower++;
                end = i;
                continue;
            }

            break;
        }

        return end;
    }

    [GeneratedRegex(@"\b(?:cave|box|parking|garage|appartement|appart|apt|porte|bat|batiment|etage|chambre|casier|local|lot|logement|studio)\.? ?(?:n ?°|no\.?|numero|num\.?)? ?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitBefore();

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![\d])(?:(?:\+|00) ?33 ?(?:\(0\))? ?[1-9]|0[1-9])(?:[ .\-/]{0,2}\d{2}){4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"[a-z0-9][a-z0-9._%+\-]{0,63} ?(?:@|\[at\]|\(at\)|\{at\}| at |\[arobase\]|\(arobase\)| arobase ) ?[a-z0-9][a-z0-9\-]{0,62}(?: ?(?:\.|\[dot\]|\(dot\)|\[point\]| dot | point ) ?[a-z0-9\-]{2,24}){1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d,.])(?<n>\d{1,4}) ?(?:bis|ter|quater|b)?,? (?<t>rue|avenue|av\.?|bd|boulevard|impasse|allee|chemin|quai|faubourg|fg|route|place|square|cours|passage|sentier|villa|cite|residence|promenade|esplanade|rond-point|parvis|voie|ruelle|hameau|lotissement|mail)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddressNumberFirst();

    [GeneratedRegex(@"\b(?:rue|avenue|boulevard|impasse|allee|chemin|place|quai)\b[^,.\n]{2,40},? ?(?:n ?°|no\.?|numero|num\.?) ?\d{1,4}(?: ?bis| ?ter)?", RegexOptions.CultureInvariant)]
    private static partial Regex AddressNumberAfter();

    [GeneratedRegex(@"\bzero(?:[ ,.\-]+(?:zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|nonante|cent|et))+\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledRun();
}

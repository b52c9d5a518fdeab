using System.Text;
using System.Text.RegularExpressions;
using NeighbourBot.Language.Text;
using NeighbourBot.Language.Parsing;

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

            // Ten digits from a 0, grouped any other way ("063 998 2110", "0 6 3 9 9 8 2 1 1 0").
            foreach (Match m in PhoneRegrouped().Matches(folded))
            {
                Add(found, ContactKind.Phone, text, m.Index, m.Length);
            }
        }

        if (MaySpellNumber(folded))
        {
            FindSpelledPhones(text, folded, found);
        }

        // Every form the e-mail pattern accepts holds one of these; "at" alone is in too many words ("chat", "gâteau").
        var maybeEmail = folded.Contains('@', StringComparison.Ordinal) || folded.Contains(" at ", StringComparison.Ordinal) || folded.Contains("at]", StringComparison.Ordinal) ||
                         folded.Contains("at)", StringComparison.Ordinal) || folded.Contains("at}", StringComparison.Ordinal) || folded.Contains("robas", StringComparison.Ordinal) || folded.Contains("(a)", StringComparison.Ordinal);
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
                // Without capitals (typed fast, dictated) "au 12 place de la mairie" still names a street: "au" before the number.
                if (!IsPlainStreetType(m.Groups["t"].Value) && !NameFollows(text, m.Index + m.Length) &&
                    !(AuBefore(folded, m.Groups["n"].Index) && m.Groups["t"].Value is not ("cours" or "mail" or "passage" or "voie") && ParticleFollows(folded, m.Index + m.Length)))
                {
                    continue;
                }

                // "14 BD de Tintin": comics, written in capitals in a message that is not; "14 bd de Strasbourg", "14 Bd Gambetta" stay streets.
                if (m.Groups["t"].Value == "bd" && text.AsSpan(m.Groups["t"].Index, 2) is "BD" && text.Any(char.IsLower))
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

            // "Rue Saint-Gilles 112, Liège", "Clos des Lilas 4": the number after the name, as Belgium and Switzerland
            // write an address. Only after a capitalised name, and only when the number ends the clause (a comma, the
            // end, a postcode, "à <town>", a box number): "rue Haute 12h", "place Flagey 3 vélos" are no addresses.
            for (var m = AddressNameThenNumber().MatchGated(folded); m.Success; m = m.NextMatch())
            {
                if (NameFollows(text, m.Groups["t"].Index + m.Groups["t"].Length) && !HasNonNameWord(folded, m.Groups["name"]))
                {
                    Add(found, ContactKind.StreetAddress, text, m.Index, m.Length);
                }
            }

            // "au n° 12 de la rue des Lilas", "devant le 7 de la rue du Village": the number of that street.
            for (var m = AddressNumberOfStreet().MatchGated(folded); m.Success; m = m.NextMatch())
            {
                var end = StreetNameEnd(text, m.Index + m.Length);
                var start = m.Groups["sign"].Success ? m.Index : m.Groups["n"].Index;
                if (end > m.Index + m.Length)
                {
                    Add(found, ContactKind.StreetAddress, text, start, end - start);
                }
            }
        }

        // "au quatorze rue des Lilas": a street number said in words, only in an address's own words.
        if (MayNameStreet(folded))
        {
            foreach (Match m in AddressWordNumber().Matches(folded))
            {
                var after = m.Index + m.Length;
                if ((m.Groups["at"].Success || NameFollows(text, after)) && StreetNameEnd(text, after) is var end && end > after)
                {
                    Add(found, ContactKind.StreetAddress, text, m.Groups["n"].Index, end - m.Groups["n"].Index);
                }
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
                    AskModel(recognizers, text, folded, found, Math.Max(0, end - 60), Math.Min(text.Length, end + 20), phones: true);
                    from = end;
                }
            }

            if (!found.Exists(c => c.Kind == ContactKind.Email))
            {
                var at = folded.IndexOf('@', StringComparison.Ordinal);
                for (var n = 0; n < 5 && at >= 0; n++)
                {
                    AskModel(recognizers, text, folded, found, Math.Max(0, at - 80), Math.Min(text.Length, at + 80), phones: false);
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

        // Dictated or half-spelled numbers ("six trente-neuf quatre-vingt-dix-huit vingt et un dix", "06 39 98 vingt et un dix"):
        // read the run as a French speaker says a number, two digits at a time, and keep the part that spells a French number.
        foreach (Match m in NumberRun().Matches(folded))
        {
            if (SpelledPhoneWithin(m.Value) is var (start, end) && end > start)
            {
                Add(found, ContactKind.Phone, text, m.Index + start, end - start);
            }
        }
    }

    /// <summary>Cheap gate: the message holds a word only spoken numbers of two digits or "zéro" use.</summary>
    private static bool MaySpellNumber(string folded) =>
        folded.Contains("zero", StringComparison.Ordinal) || folded.Contains("ante ", StringComparison.Ordinal) || folded.Contains("ante-", StringComparison.Ordinal) ||
        folded.Contains("vingt", StringComparison.Ordinal) || folded.Contains("dix", StringComparison.Ordinal) ||
        folded.Contains("onze", StringComparison.Ordinal) || folded.Contains("ouze", StringComparison.Ordinal) ||
        folded.Contains("eize", StringComparison.Ordinal) || folded.Contains("torze", StringComparison.Ordinal) ||
        folded.Contains("quinze", StringComparison.Ordinal);

    /// <summary>
    /// Where, in a run of number words and digit pairs, a French phone number is spelled: ten digits from a 0, nine from a
    /// 1–9 then pairs (the "zéro" left out when dictating: "six trente-neuf …"), or 33 then nine digits, with at least one number said in words. Each spoken
    /// number (0–99) is written as it is said. Returns the span in <paramref name="run"/>, or (0, 0).
    /// </summary>
    private static (int Start, int End) SpelledPhoneWithin(string run)
    {
        // The run's parts with their offsets ("quatre-vingt-dix-huit" is four parts).
        var parts = new List<string>(16);
        var starts = new List<int>(16);
        for (var i = 0; i < run.Length;)
        {
            while (i < run.Length && run[i] is ' ' or '-' or ',' or '.' or '/')
            {
                i++;
            }

            var s = i;
            while (i < run.Length && run[i] is not (' ' or '-' or ',' or '.' or '/'))
            {
                i++;
            }

            if (i > s)
            {
                parts.Add(run[s..i]);
                starts.Add(s);
            }
        }

        // The spoken numbers: digits as written, each group of words read as one number.
        var numbers = new List<(string Digits, int Start, int End, bool Words)>(12);
        for (var i = 0; i < parts.Count;)
        {
            var from = i;
            if (char.IsAsciiDigit(parts[i][0]))
            {
                numbers.Add((parts[i], starts[i], starts[i] + parts[i].Length, false));
                i++;
            }
            else if (TryReadSpoken(parts, ref i, out var value))
            {
                numbers.Add((value.ToString(System.Globalization.CultureInfo.InvariantCulture), starts[from], starts[i - 1] + parts[i - 1].Length, true));
            }
            else
            {
                numbers.Add(("", starts[i], starts[i] + parts[i].Length, false));
                i++;
            }
        }

        Span<char> digits = stackalloc char[11];
        for (var first = 0; first < numbers.Count; first++)
        {
            var count = 0;
            var words = false;
            var pairs = true;
            for (var last = first; last < numbers.Count && numbers[last].Digits.Length > 0 && count + numbers[last].Digits.Length <= digits.Length; last++)
            {
                numbers[last].Digits.AsSpan().CopyTo(digits[count..]);
                count += numbers[last].Digits.Length;
                words |= numbers[last].Words;
                pairs &= last == first || numbers[last].Digits.Length == 2;
                var number = digits[..count];
                if (words && (count == 10 && number[0] == '0' && number[1] != '0' ||
                              count == 9 && number[0] != '0' && pairs && (last + 1 == numbers.Count || numbers[last + 1].Digits.Length == 0) ||
                              count == 11 && number.StartsWith("33") && number[2] != '0'))
                {
                    return (numbers[first].Start, numbers[last].End);
                }
            }
        }

        return (0, 0);
    }

    /// <summary>One spoken number from 0 to 99 at <paramref name="i"/> ("trente et un", "quatre vingt dix huit", "soixante-douze").</summary>
    private static bool TryReadSpoken(List<string> parts, ref int i, out int value)
    {
        value = 0;
        var w = parts[i];
        var next = i + 1 < parts.Count ? parts[i + 1] : "";
        if (w == "quatre" && next is "vingt" or "vingts")
        {
            i += 2;
            value = 80 + SpokenRest(parts, ref i, allowTeens: true, allowEt: false);
            return true;
        }

        var tens = w switch { "vingt" => 20, "trente" => 30, "quarante" => 40, "cinquante" => 50, "soixante" => 60, "septante" => 70, "huitante" or "octante" => 80, "nonante" => 90, _ => -1 };
        if (tens > 0)
        {
            i++;
            value = tens + SpokenRest(parts, ref i, allowTeens: tens == 60, allowEt: true);
            return true;
        }

        if (w == "dix" && next is "sept" or "huit" or "neuf")
        {
            value = 10 + Unit(next);
            i += 2;
            return true;
        }

        value = w == "zero" ? 0 : Unit(w) is > 0 and var u ? u : Teen(w);
        if (value < 0)
        {
            return false;
        }

        i++;
        return true;
    }

    /// <summary>The units (or, after "soixante"/"quatre-vingt", the teens) that complete a spoken tens.</summary>
    private static int SpokenRest(List<string> parts, ref int i, bool allowTeens, bool allowEt)
    {
        if (i >= parts.Count)
        {
            return 0;
        }

        var w = parts[i];
        if (allowEt && w == "et" && i + 1 < parts.Count && parts[i + 1] is "un" or "onze")
        {
            i += 2;
            return parts[i - 1] == "un" ? 1 : 11;
        }

        if (allowTeens && w == "dix" && i + 1 < parts.Count && parts[i + 1] is "sept" or "huit" or "neuf")
        {
            i += 2;
            return 10 + Unit(parts[i - 1]);
        }

        if (allowTeens && Teen(w) is >= 10 and var teen)
        {
            i++;
            return teen;
        }

        if (Unit(w) is > 0 and var unit)
        {
            i++;
            return unit;
        }

        return 0;
    }

    private static int Unit(string w) => w switch
    {
        "un" => 1, "deux" => 2, "trois" => 3, "quatre" => 4, "cinq" => 5, "six" => 6, "sept" => 7, "huit" => 8, "neuf" => 9, _ => -1,
    };

    private static int Teen(string w) => w switch
    {
        "dix" => 10, "onze" => 11, "douze" => 12, "treize" => 13, "quatorze" => 14, "quinze" => 15, "seize" => 16, _ => -1,
    };

    private static void AskModel(FrenchRecognizers recognizers, string text, string folded, List<ContactMatch> found, int start, int end, bool phones)
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
            // Without its 0 or +33 a French number is still one digit and four pairs ("6 39 98 12 40"); the model also
            // takes an engine size, a year and a price in a row ("scooter 50 2012 600€") for a number abroad.
            if (!isEmail && !LooksFrench(folded.Substring(start + s, length)))
            {
                continue;
            }

            Add(found, isEmail ? ContactKind.Email : ContactKind.Phone, text, start + s, length);
        }
    }

    private static bool LooksFrench(string phone)
    {
        var first = phone.AsSpan().IndexOfAnyInRange('0', '9');
        if (first < 0 || phone[first] == '0' || phone.Contains('+', StringComparison.Ordinal))
        {
            return true;
        }

        return NoLeadingZero().IsMatch(phone);
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

    /// <summary>
    /// Street types that name a street after a number on their own ("12 rue …"). Abbreviations and common nouns ("12 BD",
    /// "3 places", "2 cours", "2 ch." for rooms) do only before a name.
    /// </summary>
    private static bool IsPlainStreetType(string type) =>
        type is "rue" or "grande rue" or "grande-rue" or "grand rue" or "grand'rue" or "petite rue" or "avenue" or "boulevard" or "impasse" or "allee" or "chemin" or "quai" or "faubourg" or "esplanade" or "rond-point" or "ruelle" or "lotissement";

    private static bool AuBefore(string folded, int index) =>
        index >= 3 && folded.AsSpan(index - 3, 3).SequenceEqual("au ") && (index == 3 || !char.IsLetter(folded[index - 4]));

    private static bool ParticleFollows(string folded, int from)
    {
        var rest = folded.AsSpan(from).TrimStart(' ');
        return rest.StartsWith("de ") || rest.StartsWith("du ") || rest.StartsWith("des ") || rest.StartsWith("d'") || rest.StartsWith("la ") ||
               rest.StartsWith("le ") || rest.StartsWith("les ");
    }

    private static bool MayNameStreet(string folded) =>
        folded.Contains("rue ", StringComparison.Ordinal) || folded.Contains("avenue", StringComparison.Ordinal) || folded.Contains("boulevard", StringComparison.Ordinal) ||
        folded.Contains("impasse", StringComparison.Ordinal) || folded.Contains("allee", StringComparison.Ordinal) || folded.Contains("chemin ", StringComparison.Ordinal) ||
        folded.Contains("route ", StringComparison.Ordinal) || folded.Contains("place ", StringComparison.Ordinal) || folded.Contains("quai ", StringComparison.Ordinal);

    /// <summary>A street's name holds no pronoun, verb-like or time word: "rue Monge depuis 12", "place Flagey pendant 2".</summary>
    private static bool HasNonNameWord(string folded, Group name)
    {
        var words = folded.AsSpan(name.Index, name.Length);
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word is "depuis" or "pendant" or "pour" or "avec" or "et" or "ou" or "je" or "j'" or "il" or "elle" or "on" or "nous" or "vous" or
                "a" or "au" or "aux" or "entre" or "vers" or "avant" or "apres" or "jusqu'a" or "dans" or "sur" or "en" or "tous" or "ces" or
                "chaque" or "environ" or "plus" or "moins" or "qui" or "que" or "est" or "sont" or "ai" or "habite" or "fait" or "font" or "mesure" or "numero")
            {
                return true;
            }
        }

        return false;
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

    [GeneratedRegex(@"(?<![\d])(?:(?:\+|00) ?33[ .\-]?(?:\(0\))?[ .\-]?[1-9]|0[1-9]|(?<![a-z])o[1-9])(?:[ .\-/_,:]{0,3}(?:\d[\do]|o\d)){4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![\d])0[ .\-]?[1-9](?:[ .\-]?\d){8}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegrouped();

    [GeneratedRegex(@"^\(?[1-9]\)?(?:[ .\-]{0,2}\d{2}){4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NoLeadingZero();

    [GeneratedRegex(@"(?<![a-z\d])(?:zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|\d{1,2})(?:[ ,.\-/]+(?:zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|et|\d{1,2})){3,}(?![a-z\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRun();

    [GeneratedRegex(@"[a-z0-9][a-z0-9._%+\-]{0,63} ?(?:@|\[@\]|\(@\)|\(a\)|\[at\]|\(at\)|\{at\}| at |\[arr?obase?\]|\(arr?obase?\)| arr?obase? ) ?[a-z0-9][a-z0-9\-]{0,62}(?: ?(?:\.|\[dot\]|\(dot\)|\[point\]| dot | point ) ?[a-z0-9\-]{2,24}){1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d,.:a-z])(?<n>\d{1,4}) ?(?:bis|ter|quater|b)?,? (?<t>rue|grande rue|grande-rue|grand rue|grand'rue|petite rue|avenue|av\.?|bd|bld|blvd|boulevard|impasse|imp\.?|allee|all\.?|chemin|chem\.?|ch\.?|quai|faubourg|fbg|fg|route|rte|place|pl\.?|square|sq\.?|cours|passage|sentier|villa|cite|residence|res\.|promenade|esplanade|rond-point|parvis|voie|ruelle|hameau|lotissement|lieu-dit|lieudit|ld|mail|chaussee|venelle|traverse|sente|montee|clos|rampe|corniche|descente|cote|r\.?)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AddressNumberFirst();

    [GeneratedRegex(@"(?<![a-z\d])(?:(?<sign>n ?°|no\.?|numero) ?|(?:le|au|du) )(?<n>\d{1,4}) ?(?:bis|ter)? (?:de la|de l'|du|des) ?(?:rue|avenue|boulevard|impasse|allee|chemin|route|place|quai|chaussee)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddressNumberOfStreet();

    [GeneratedRegex(@"(?<![a-z\d'\u2019])(?:(?<at>au|du) )?(?<n>(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)(?:[ -](?:et[ -])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?)){0,3}) (?:bis |ter )?(?:rue|avenue|boulevard|impasse|allee|chemin|route|place|quai)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddressWordNumber();

    [GeneratedRegex(@"\b(?:rue|avenue|boulevard|impasse|allee|chemin|place|quai|route)\b[^,.!?\n]{2,40},? ?(?:au |le )?(?:n ?°|no\.?|numero|num\.?) ?\d{1,4}(?: ?bis| ?ter)?(?![\da-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AddressNumberAfter();

    [GeneratedRegex(@"(?<![a-z\d])(?<t>rue|avenue|boulevard|chaussee|clos|place|quai|impasse|allee|chemin|square|dreve|route|sentier|venelle|cite|residence|galerie|parvis|montee|sente) (?<name>[a-z'\u2019\-]+(?: [a-z'\u2019\-]+){0,4}),? (?<n>\d{1,4})(?:bis|ter|[a-d])?(?: ?(?:bte|boite|bus) ?\d{1,3})?(?=\s*(?:[,;)\n]|\.(?!\d)|$)| (?:a|-) [a-z]| \d{4} [a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AddressNameThenNumber();

    [GeneratedRegex(@"\bzero(?:[ ,.\-]+(?:zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|nonante|cent|et))+\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledRun();
}

using System.Collections.Frozen;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Finds the time phrase of a listing with its determiner and preposition ("pour samedi", "avant jeudi",
/// "le 1er samedi du mois de 14h à 17h"), which the Recognizers drop, and leaves out durations and frequencies.
/// </summary>
internal static class WhenExtractor
{
    private static readonly FrozenSet<string> Days = new[]
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "sam", "dim", "lun", "ven",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = new[]
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "janv", "fev", "fevr",
        "avr", "juil", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AlwaysAnchors = new[]
    {
        "demain", "apres-demain", "hier", "avant-hier", "aujourd", "soir", "soiree", "matin", "matinee", "midi", "apres-midi", "aprem",
        "aprems", "nuit", "week-end", "weekend", "w-e", "avant-midi", "auj", "ajd", "aujd", "ajrd", "vacances", "noel", "paques", "toussaint", "reveillon", "minuit", "chandeleur", "conges", "ascension", "pentecote", "halloween",
        "tonight", "tomorrow", "tmrw", "today", "yesterday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LeftWords = new[]
    {
        "ce", "cet", "cette", "ces", "le", "la", "les", "l", "tous", "toutes", "chaque", "pour", "avant", "apres", "depuis", "des", "jusqu",
        "au", "a", "partir", "de", "d", "du", "en", "pendant", "vers", "entre", "fin", "debut", "mi", "1er", "1ers", "premier", "1ere", "2e", "3e",
        "dernier", "prochain", "ici", "courant", "d'ici", "ts", "ttes", "ds", "milieu", "jusque", "et", "troisieme", "quatrieme", "4e", "2eme", "3eme", "4eme", "premiers", "premieres", "premiere", "derniers", "deuxieme", "mes", "nos", "vos", "tes", "ses", "leurs", "avt", "pr", "apres", "jusqu'a", "dans", "mois", "tout", "toute", "durant", "by", "this", "next", "pdt", "at", "for", "the",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors = new[]
    {
        "a", "de", "d", "du", "au", "et", "entre", "vers", "jusqu", "partir", "avant", "apres", "des", "le", "la", "les", "l", "mois", "fin",
        "debut", "mi", "tous", "toutes", "1er", "1ers", "premier", "2e", "3e", "4e", "deuxieme", "troisieme", "quatrieme", "en", "ou", "chaque", "ce", "cette", "cet", "midi", "-", "toute", "tot", "tard", "dans",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PostModifiers = new[]
    {
        "prochain", "prochaine", "prochains", "dernier", "derniere", "meme", "matin", "soir", "midi", "apres-midi", "aprem", "hui", "pro", "avant-midi", "scolaires",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Describers = new[]
    {
        "ne", "nes", "nee", "nees", "achete", "achetee", "achetes", "achetees", "recolte", "recoltee", "recoltes", "recoltees", "fabrique",
        "construit", "cueilli", "cueillies", "pondu", "ponds", "perime", "depuis la coupure", "courant", "coupure", "date", "datant", "modele",
        "fait", "faite", "faites", "faits", "portee", "portees", "fois", "remplace", "remplacee", "utilise", "utilisee", "servi",
        "servie", "recu", "recue", "offert", "offerte", "plantee", "semees", "seme", "fabriquee", "installe", "installee",
        "garanti", "garantie", "garantis", "change", "changee", "changes", "changees", "refait", "refaite", "refaits", "refaites", "repeint", "repeinte", "revise", "revisee",
        "revises", "revisees", "remplaces", "remplacees", "installes", "installees", "repeints", "repeintes", "repare", "reparee", "repares", "reparees",
        "entretenu", "entretenue", "entretenus", "controle", "controlee", "vidange", "vidangee", "nettoye", "nettoyee",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first time phrase that dates the listing, as a span of the original text.</summary>
    /// <param name="tokens">The message's tokens.</param>
    /// <param name="text">The message as written: tells "là" from "la" and, with <paramref name="strict"/>, past participles ("grillé") apart.</param>
    /// <param name="strict">
    /// For listings that are no lost/found notice: a time in a past-tense clause ("le mien a grillé ce matin") or a "depuis"
    /// (a state, "clignote depuis hier") does not date the listing.
    /// </param>
    /// <param name="notice">
    /// For lost or found animals: "depuis 3 jours", "depuis une semaine" date the loss or the finding, where elsewhere a
    /// duration dates nothing.
    /// </param>
    public static (int Start, int End)? Find(List<Token> tokens, string? text = null, bool strict = false, bool notice = false)
    {
        (int Start, int End)? returning = null;
        (int Start, int End)? vague = null;
        (int Start, int End)? told = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsAnchor(tokens, i) && !IsDayRange(tokens, i) && NumericDateLength(tokens, i) == 0)
            {
                if (notice && SinceDuration(tokens, i) is var since && since > 0)
                {
                    return (tokens[i].Start, tokens[i + since - 1].End);
                }

                i++;
                continue;
            }

            var start = i;
            var end = i;
            if (IsDayRange(tokens, i))
            {
                end = i + 3;
            }
            else if (NumericDateLength(tokens, i) is var numeric && numeric > 0)
            {
                end = i + numeric - 1;
            }

            // Right: anchors, day numbers, post-modifiers; connectors only when an anchor follows soon.
            var j = end + 1;
            while (j < tokens.Count)
            {
                var t = tokens[j];

                // "samedi 15/11 à 14h".
                if (NumericDateLength(tokens, j) is var date && date > 0)
                {
                    end = j + date - 1;
                    j += date;
                    continue;
                }

                // "le mardi 24 mars 2026 à 18h30": the year after the month.
                if (t.IsNumber && t.Norm.Length == 4 && t.Norm.StartsWith("20", StringComparison.Ordinal) && (Months.Contains(tokens[j - 1].Norm) || tokens[j - 1].Norm is "rentree"))
                {
                    end = j;
                    j++;
                    continue;
                }

                // "le lundi, mardi et jeudi": a list of weekdays.
                if (t.Norm == "," && j + 1 < tokens.Count && Days.Contains(tokens[j - 1].Norm) && Days.Contains(tokens[j + 1].Norm))
                {
                    end = j + 1;
                    j += 2;
                    continue;
                }

                // "sam. 14h", "dim. 10h": the dot of an abbreviated day does not end the phrase.
                if (t.Norm == "." && tokens[j - 1].Norm is "sam" or "dim" or "lun" or "ven" && tokens[j - 1].End == t.Start && j + 1 < tokens.Count && IsTime(tokens[j + 1].Norm))
                {
                    end = j + 1;
                    j += 2;
                    continue;
                }

                if (Tail(tokens, j) is var tail && tail > 0)
                {
                    end = j + tail - 1;
                    j += tail;
                    continue;
                }

                if (IsAnchor(tokens, j) || PostModifiers.Contains(t.Norm) || (IsSmallNumber(t) && (Days.Contains(tokens[j - 1].Norm) || Months.Contains(NextNorm(tokens, j)))))
                {
                    end = j;
                    j++;
                    continue;
                }

                if (Connectors.Contains(t.Norm) || IsSmallNumber(t) || HourWords.Contains(t.Norm))
                {
                    var k = j;
                    var found = -1;
                    while (k < tokens.Count && k - j < 5 && (Connectors.Contains(tokens[k].Norm) || IsSmallNumber(tokens[k]) || HourWords.Contains(tokens[k].Norm) || IsAnchor(tokens, k)))
                    {
                        if (IsAnchor(tokens, k))
                        {
                            found = k;
                            break;
                        }

                        k++;
                    }

                    if (found > 0)
                    {
                        end = found;
                        j = found + 1;
                        continue;
                    }
                }

                break;
            }

            // Left: determiners, prepositions and ordinals in front of the anchor.
            var s = start;
            while (s - 1 >= 0 && start - s < 6 && (LeftWords.Contains(tokens[s - 1].Norm) || IsSmallNumber(tokens[s - 1]) || (tokens[s].Norm is "heure" or "heures" && HourWords.Contains(tokens[s - 1].Norm))) && tokens[s - 1].IsWord && !IsThere(tokens[s - 1], text) &&
                   !(tokens[s - 1].Norm is "the" && !(s - 2 >= 0 && tokens[s - 2].Norm is "for" or "at" or "by")) &&
                   !(tokens[s - 1].Norm is "mois" && s - 2 >= 0 && tokens[s - 2].Norm is "par"))
            {
                s--;
            }

            // "des plats pour 4 le dimanche": a number of people is no part of the time.
            for (var k = s; k < start - 1; k++)
            {
                if (IsSmallNumber(tokens[k]) && tokens[k + 1].Norm is "le" or "la" or "les" && tokens[k].IsNumber)
                {
                    s = k + 1;
                }
            }

            // "tous les jours à partir de 17h", "tous les soirs en semaine": the recurrence opens the slot.
            if (s >= 3 && tokens[s - 1].Norm is "jours" or "soirs" or "matins" && tokens[s - 2].Norm is "les" && tokens[s - 3].Norm is "tous" or "ts")
            {
                s -= 3;
            }

            // "tous les jours sauf le mardi": the day left out of a recurrence.
            if (s >= 4 && tokens[s - 1].Norm is "sauf" && tokens[s - 2].Norm is "jours" or "soirs" or "matins" && tokens[s - 3].Norm is "les" && tokens[s - 4].Norm is "tous" or "ts")
            {
                s -= 4;
            }

            // "un mercredi sur deux": the article belongs to the recurrence.
            if (s == start && s > 0 && tokens[s - 1].Norm is "un" && Days.Contains(tokens[start].Norm) && NextNorm(tokens, start) is "sur")
            {
                s--;
            }

            // A trailing "de/d'/du" in front belongs to a noun ("la coupure d'hier"): not the listing's time.
            // "la récolte de cet été": a demonstrative does not make the time the listing's either.
            var b = start - 1;
            while (b >= s && tokens[b].Norm is "l" or "la" or "le" or "les" or "ce" or "cet" or "cette" or "ces")
            {
                b--;
            }

            var leadingOf = b >= s && tokens[b].Norm is "d" or "de" && !(b - 1 >= 0 && tokens[b - 1].Norm is "partir" or "fin" or "debut" or "mi" or "pendant" or "avant" or "apres" or "mois" or "milieu");
            while (s < start && StripLeft(tokens, s))
            {
                s++;
            }

            // "sur les coups de 19h", "au petit matin", "de bon matin".
            if (s == start && start >= 4 && tokens[start - 1].Norm is "de" && tokens[start - 2].Norm is "coups" && tokens[start - 3].Norm is "les" && tokens[start - 4].Norm is "sur")
            {
                s = start - 4;
                leadingOf = false;
            }
            else if (s >= 2 && s == start && tokens[start].Norm is "matin" && tokens[s - 1].Norm is "petit" or "bon" && tokens[s - 2].Norm is "au" or "de")
            {
                s -= 2;
            }

            // "de 18 à 20h": the first hour takes the second's "h".
            if (s >= 2 && tokens[s].Norm is "a" && IsTime(tokens[start].Norm) && IsHourNumber(tokens[s - 1]) && tokens[s - 1].IsNumber && tokens[s - 2].Norm is "de")
            {
                s -= 2;
            }

            // "au plus tard jeudi": the deadline phrase opens the span, as "avant" would.
            if (s >= 3 && tokens[s - 1].Norm == "tard" && tokens[s - 2].Norm == "plus" && tokens[s - 3].Norm == "au")
            {
                s -= 3;
            }

            // "avant la fête du 14": the occasion named by its day.
            if (s == start && start >= 2 && tokens[start - 1].Norm is "du" && OccasionStart(tokens, start - 2, false) is var named && named >= 0)
            {
                s = named;
            }

            // "avant la date limite du 25 mai": the deadline phrase opens the span.
            var limit = s > 0 && tokens[s - 1].Norm is "du" or "le" or "au" ? s - 1 : s;
            if (limit >= 3 && tokens[limit - 1].Norm is "limite" or "butoir" && tokens[limit - 2].Norm is "date" && tokens[limit - 3].Norm is "la" or "le")
            {
                s = limit >= 4 && tokens[limit - 4].Norm is "avant" or "avt" or "pour" or "a" or "jusqu" ? limit - 4 : limit - 3;
                leadingOf = false;
            }

            // "de mi-juillet à fin août": a range keeps its opening "de".
            if (s == start && s - 1 >= 0 && tokens[s - 1].Norm is "de" or "d" && IsRange(tokens, start, end))
            {
                s--;
                leadingOf = false;
            }

            // "un week-end de février", "un samedi de juin": some day of a given month.
            if (leadingOf && b == start - 1 && b >= 2 && (Days.Contains(tokens[b - 1].Norm) || tokens[b - 1].Norm is "week-end" or "weekend") && tokens[b - 2].Norm is "un" or "le")
            {
                s = b - 2;
                leadingOf = false;
            }

            // "après le match de dimanche", "pendant la messe de 10h30": the time of an occasion.
            // "pour les soirées d'hiver": occasions in the plural, of a season, are any of them.
            if (leadingOf && s > b && !(b >= 1 && tokens[start].Norm is "ete" or "hiver" or "printemps" or "automne" && tokens[b - 1].Norm != tokens[b - 1].Sing) &&
                OccasionStart(tokens, b - 1, Days.Contains(tokens[start].Norm)) is var occasion && occasion >= 0)
            {
                s = occasion;
                leadingOf = false;
            }

            // "les 24 et 25 janvier": two days of one month.
            if (s >= 3 && tokens[s - 1].Norm == "et" && IsDayNumber(tokens[s - 2]) && tokens[s - 3].Norm is "les" or "le" && IsDayNumber(tokens[s]))
            {
                s -= 3;
            }

            // "pour Noël le 23 au matin", "pendant mes vacances du 5 au 20 juillet": the holiday says why, the date that follows says when.
            if (tokens[start].Norm is "noel" or "paques" or "toussaint" or "chandeleur" or "halloween" or "vacances" or "conges" && DateAfterHoliday(tokens, start, end) is var dated && dated > 0)
            {
                s = dated;
            }

            var before = s - 1 >= 0 ? tokens[s - 1].Norm : string.Empty;
            if (leadingOf && s > b || (Describers.Contains(before) && !(before is "fois" && !UsedBefore(tokens, s - 1))) || before is "par" || IsFrequencyOrIndefinite(tokens, s, start, end) || AboutCalling(tokens, s) ||
                (strict && (NotTheListingsTime(tokens, text, s, end) || DescribedInClause(tokens, text, s) || AfterMoving(tokens, s, end) || InConditionalDiscount(tokens, s) || HabitInRelative(tokens, s) || SlotOfFrequency(tokens, s, end))))
            {
                i = end + 1;
                continue;
            }

            // "pour ce soir ? je le rends demain": when it comes back is the listing's time only if nothing else is said;
            // "à me rendre le soir même" never dates it.
            if (strict && AfterReturnVerb(tokens, s))
            {
                if (returning is null && !IsRelative(tokens, s, end))
                {
                    returning = (tokens[s].Start, tokens[end].End);
                }

                i = end + 1;
                continue;
            }

            // "dépôt le vendredi, vente le samedi": the drop-off or the sign-up comes before the day itself.
            if (vague is null && Preliminary(tokens, s))
            {
                vague = (tokens[s].Start, tokens[end].End);
                i = end + 1;
                continue;
            }

            // "pour les fêtes…, commandes avant le 15 décembre": a purpose or a vague season gives way to a date said later.
            if (strict && vague is null && IsVaguePurpose(tokens, s, end))
            {
                vague = (tokens[s].Start, tokens[end].End);
                i = end + 1;
                continue;
            }

            if (vague is not null && !IsPrecise(tokens, s, end))
            {
                return vague;
            }

            // "je passe le permis le 12, qqn pour m'entraîner ce week-end ?": what the author tells gives way to the time of the request that follows.
            if (strict && told is null && vague is null && TellsThenAsks(tokens, s, end))
            {
                told = (tokens[s].Start, tokens[end].End);
                i = end + 1;
                continue;
            }

            return (tokens[s].Start, tokens[end].End);
        }

        return vague ?? told ?? returning;
    }

    /// <summary>"depuis 3 jours", "depuis deux semaines", "il y a 2 heures": how many tokens the time since the loss or finding takes, or 0.</summary>
    private static int SinceDuration(List<Token> tokens, int i)
    {
        // "il y a 3 jours", "il y a deux heures": how long ago the animal or the object went missing or turned up.
        if (tokens[i].Norm == "il" && i + 4 < tokens.Count && tokens[i + 1].Norm == "y" && tokens[i + 2].Norm == "a")
        {
            return Counted(tokens, i + 3, hours: true) ? 5 : 0;
        }

        // "depuis une heure" is how long the animal has been about, no date of the notice.
        return tokens[i].Norm == "depuis" && i + 2 < tokens.Count && Counted(tokens, i + 1, hours: false) ? 3 : 0;
    }

    private static bool Counted(List<Token> tokens, int i, bool hours)
    {
        var count = tokens[i];
        var counted = (count.IsNumber && count.Norm.Length <= 2) || count.Norm is "un" or "une" or "quelques" or "plusieurs" || FrenchNumbers.IsNumberWord(count.Norm);
        return counted && (tokens[i + 1].Sing is "jour" or "semaine" or "nuit" or "mois" || (hours && tokens[i + 1].Sing is "heure"));
    }

    /// <summary>
    /// "un après-midi par semaine" (a frequency with no anchor), "un samedi" (any Saturday), "l'hiver arrive" (the season in
    /// general): no date for the listing.
    /// </summary>
    private static bool IsFrequencyOrIndefinite(List<Token> tokens, int s, int start, int end)
    {
        if (end + 2 < tokens.Count && tokens[end + 1].Norm is "par" && tokens[end + 2].Sing is "semaine" or "mois" or "jour" or "an" or "annee")
        {
            return true;
        }

        if (s == start && start > 0 && tokens[start - 1].Norm is "un" && (Days.Contains(tokens[start].Norm) || tokens[start].Norm is "soir" or "matin") && NextNorm(tokens, end) is not "sur")
        {
            return true;
        }

        return s + 1 == start && tokens[s].Norm is "l" && tokens[start].Norm is "ete" or "hiver" or "automne" or "printemps";
    }

    /// <summary>
    /// Whether the time at <paramref name="s"/> sits in a statement of the author's ("je passe le permis le 12", "ma mère est seule
    /// ce week-end") followed, in the next clause, by a request to someone ("qqn pourrait…", "qui peut…").
    /// </summary>
    private static bool TellsThenAsks(List<Token> tokens, int s, int end)
    {
        var c = s - 1;
        while (c >= 0 && !EndsClause(tokens[c].Norm))
        {
            c--;
        }

        if (c + 1 >= s || tokens[c + 1].Norm is not ("je" or "j" or "il" or "elle" or "on" or "nous" or "ma" or "mon" or "mes"))
        {
            return false;
        }

        for (var k = c + 1; k < s; k++)
        {
            if (tokens[k].Norm is "cherche" or "recherche" or "besoin" or "donne" or "vends" or "prete" or "propose" or "peux" or "offre" or "qqn" or "qq1" or "quelqu" or "qui")
            {
                return false;
            }
        }

        var k2 = end + 1;
        while (k2 < tokens.Count && !EndsClause(tokens[k2].Norm))
        {
            k2++;
        }

        if (k2 >= tokens.Count || tokens[k2].Norm is "!" or "?")
        {
            return false;
        }

        for (var k = k2 + 1; k < tokens.Count && k <= k2 + 3; k++)
        {
            var w = tokens[k].Norm;
            if (w is "qqn" or "qq1" or "qqun" or "quelqu" || (w is "qui" && k + 1 < tokens.Count && tokens[k + 1].Norm.StartsWith('p')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the date after a holiday starts ("le 23", "du 5 au 20 juillet", "samedi"), or 0.</summary>
    private static int DateAfterHoliday(List<Token> tokens, int start, int end)
    {
        for (var m = start + 1; m <= end; m++)
        {
            if (Days.Contains(tokens[m].Norm) || (tokens[m].Norm is "le" or "du" && m + 1 <= end && (IsDayNumber(tokens[m + 1]) || Days.Contains(tokens[m + 1].Norm))))
            {
                return m;
            }

            // "les vacances de Noël": the holiday's own name is no date.
            if (!(tokens[m].Norm is "de" or "d" or "la" or "noel" or "paques" or "toussaint" or "fevrier" or "printemps" or "ete" or "hiver") && !Connectors.Contains(tokens[m].Norm))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>"un monsieur que je croise tous les matins", "ma petite-fille qui vient chaque mercredi": a habit of someone described, not a slot.</summary>
    private static bool HabitInRelative(List<Token> tokens, int s)
    {
        if (tokens[s].Norm is not ("tous" or "toutes" or "chaque"))
        {
            return false;
        }

        for (var k = s - 1; k >= 0 && k >= s - 3; k--)
        {
            if (EndsClause(tokens[k].Norm) || tokens[k].Norm is "lieu")
            {
                return false;
            }

            if (tokens[k].Norm is "qui" or "que" or "qu" && k + 1 < s)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"une à deux fois par semaine, en après-midi": the part of the day of a frequency dates nothing.</summary>
    private static bool SlotOfFrequency(List<Token> tokens, int s, int end)
    {
        for (var k = s; k <= end; k++)
        {
            if (tokens[k].Norm is not ("l" or "le" or "la" or "en" or "apres-midi" or "matin" or "soir" or "matinee" or "soiree" or "journee"))
            {
                return false;
            }
        }

        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            // "deux fois par semaine", "1h par semaine", "3 heures par semaine".
            if ((tokens[k].Norm is "fois" || tokens[k].Sing is "heure" || IsTime(tokens[k].Norm)) && tokens[k + 1].Norm is "par" && tokens[k + 2].Sing is "semaine" or "mois")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"dépôt des vélos vendredi", "inscriptions avant le 10": the step before the day the listing is about.</summary>
    private static bool Preliminary(List<Token> tokens, int s)
    {
        for (var k = s - 1; k >= 0 && k >= s - 4; k--)
        {
            if (tokens[k].Sing is "depot" or "inscription")
            {
                return true;
            }

            if (EndsClause(tokens[k].Norm) && tokens[k].Norm is not ":")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"porté 2 fois cet été" describes the object; "deux fois pendant le week-end" is a slot.</summary>
    private static bool UsedBefore(List<Token> tokens, int fois)
    {
        for (var k = fois - 1; k >= 0 && k >= fois - 3; k--)
        {
            if (Describers.Contains(tokens[k].Norm) && tokens[k].Norm is not "fois")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"appelez le soir", "appelez le 06 39 98 … (après 18h)": when to call, not when the listing happens.</summary>
    private static bool AboutCalling(List<Token> tokens, int s)
    {
        // "06 45 23 12 98 après 18h": a time right after a phone number says when to call.
        var digits = 0;
        for (var k = s - 1; k >= 0 && tokens[k].IsNumber && tokens[k].End <= tokens[k + 1].Start; k--)
        {
            digits += tokens[k].Norm.Length;
        }

        if (digits >= 9)
        {
            return true;
        }

        for (var k = s - 1; k >= 0 && k >= s - 15; k--)
        {
            var w = tokens[k].Norm;
            if (w.StartsWith("appel", StringComparison.Ordinal) || w.StartsWith("joign", StringComparison.Ordinal) || w.StartsWith("telephon", StringComparison.Ordinal) || w is "joindre" or "contacter" or "contactez")
            {
                // "elle s'appelle Mimi": a name, not a call; "trouvé un téléphone ce soir": the object, not a call.
                return !(k > 0 && (tokens[k - 1].Norm is "s" || (w.StartsWith("telephon", StringComparison.Ordinal) &&
                    tokens[k - 1].Norm is "un" or "le" or "mon" or "ton" or "son" or "ce" or "du" or "des" or "mes" or "ses" or "votre" or "notre" or "leur" or "ton")));
            }

            // Only the number called ("le zéro six trente-neuf…", "au 06…") may sit between the verb and the time.
            if (tokens[k].IsWord && !tokens[k].IsNumber && !FrenchNumbers.IsNumberWord(w) && w is not ("le" or "au" or "moi" or "nous" or "me" or "m"))
            {
                return false;
            }

            if (w is "." or "!" or "?" or ";" or "\n")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Participles that date the object itself; folded forms that are also a present tense ("coupe") are matched with their accent.</summary>
    private static readonly FrozenSet<string> ClauseDescribers = new[]
    {
        "cueilli", "cueillie", "cueillis", "cueillies", "pondu", "pondus", "coupee", "coupees", "recoltee", "recoltees", "ramassee", "ramassees", "fabriquee",
        "fabriquees", "preparee", "preparees", "cuits", "cuites", "nes", "nee", "nees", "semes", "semees", "plantees", "recu", "recue", "recus", "recues", "offert", "offerte", "offerts", "offertes", "ideal", "ideale", "ideaux", "ideales", "parfait", "parfaite", "date", "datant", "dlc", "peremption", "periment", "perimes", "perimees", "expirent", "expire",
        "coupé", "coupés", "récolté", "récoltés", "ramassé", "ramassés", "fabriqué", "fabriqués", "préparé", "préparés", "né",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseDescribersAsWritten = ClauseDescribers.GetAlternateLookup<ReadOnlySpan<char>>();

    // The folded words that only their accents make describers ("coupe" is also a cup): the only ones read again as written.
    private static readonly FrozenSet<string> FoldedAccentedDescribers = ClauseDescribers.Where(w => !System.Text.Ascii.IsValid(w))
        .Select(w => Text.TextNormalizer.FoldSameLength(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"sapins coupés ce matin", "cueilli du jardin ce matin même", "qui périment demain": the time describes the object.</summary>
    private static bool DescribedInClause(List<Token> tokens, string? text, int s)
    {
        for (var k = s - 1; k >= 0 && k >= s - 4; k--)
        {
            if (EndsClause(tokens[k].Norm))
            {
                return false;
            }

            // "avant la date limite du 25 mai": a deadline, not the date of the object ("date limite mars 2027" is one).
            if (tokens[k].Norm is "date" && k >= 2 && tokens[k - 1].Norm is "la" && tokens[k - 2].Norm is "avant" or "avt" or "jusqu" or "pour" or "ici" && k + 1 < tokens.Count && tokens[k + 1].Norm is "limite" or "butoir")
            {
                return false;
            }

            if (ClauseDescribers.Contains(tokens[k].Norm) || (text is not null && FoldedAccentedDescribers.Contains(tokens[k].Norm) && IsDescriberAsWritten(text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word as written, lower-cased, is a describer ("Coupés"): read without allocating, as this runs for every date span.</summary>
    private static bool IsDescriberAsWritten(ReadOnlySpan<char> word)
    {
        const int Longest = 16;
        if (word.Length > Longest)
        {
            return false;
        }

        Span<char> lower = stackalloc char[Longest];
        var n = word.ToLowerInvariant(lower);
        return ClauseDescribersAsWritten.Contains(lower[..n]);
    }

    /// <summary>"on déménage à la fin du mois", "cause déménagement fin du mois": why things go, not when to come ("avant mon déménagement" is a deadline).</summary>
    private static bool AfterMoving(List<Token> tokens, int s, int end)
    {
        // "je déménage samedi, qui peut m'aider ?": a named day is when help is needed.
        if (tokens[s].Norm is "avant" or "avt" or "d" or "jusqu" || IsPrecise(tokens, s, end))
        {
            return false;
        }

        for (var k = s - 1; k >= 0 && k >= s - 3; k--)
        {
            if (EndsClause(tokens[k].Norm))
            {
                return false;
            }

            // "on déménage", "cause déménagement"; "besoin de bras pour un déménagement ce mois-ci" is the service's time.
            if (k > 0 && ((tokens[k].Norm is "demenage" or "demenageons" or "demenagent" && tokens[k - 1].Norm is "on" or "je" or "nous" or "ils") || (tokens[k].Norm is "demenagement" && tokens[k - 1].Norm is "cause")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"30€, ou 25€ si vous venez ce soir": the time of a conditional discount, ignored like the discount itself (SCHEMA).</summary>
    private static bool InConditionalDiscount(List<Token> tokens, int s)
    {
        for (var k = s - 1; k >= 1 && k >= s - 8; k--)
        {
            var w = tokens[k].Norm;
            if (w is "." or "!" or "?" or ";" or "\n")
            {
                return false;
            }

            if (w is "si")
            {
                // "ou 25€ si", "ou 100 si": a second amount; "2 si possible" is a count.
                for (var m = k - 1; m >= 0 && m >= k - 3; m--)
                {
                    var a = tokens[m].Norm;
                    if (a is "€" or "euros" or "euro" or "balles" || (a.Length > 1 && char.IsDigit(a[0]) && a[^1] == 'e') || (tokens[m].IsNumber && m > 0 && tokens[m - 1].Norm is "ou"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>"pour les fêtes", "pour la rentrée", "à la fin du mois", "à Pâques": a purpose, a season or a holiday, with no day, hour or month in it.</summary>
    private static bool IsVaguePurpose(List<Token> tokens, int s, int end)
    {
        // "si vous partez cet été, … du 1er juillet au 15 août": a condition's time gives way too.
        var opening = tokens[s].Norm is "pour" or "pr" or "fin" || InCondition(tokens, s) ||
                      (tokens[s].Norm is "avant" && end == s + 1 && tokens[end].Norm is "noel" or "paques" or "toussaint") ||
                      (tokens[s].Norm is "avant" && (tokens[end].Norm is "vacances" or "fetes" || (end >= s + 3 && tokens[end - 2].Norm is "vacances"))) || (tokens[s].Norm is "a" && s + 2 <= end && tokens[s + 2].Norm is "fin") || (tokens[s].Norm is "a" && s + 1 == end && tokens[end].Norm is "noel" or "paques" or "toussaint");
        return opening && !IsPrecise(tokens, s, end);
    }

    private static bool InCondition(List<Token> tokens, int s)
    {
        for (var k = s - 1; k >= 0 && k >= s - 4; k--)
        {
            if (EndsClause(tokens[k].Norm))
            {
                return false;
            }

            if (tokens[k].Norm is "si")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a span names a day, a date, an hour, a month or a part of a given day.</summary>
    private static bool IsPrecise(List<Token> tokens, int s, int end)
    {
        for (var k = s; k <= end; k++)
        {
            var t = tokens[k];
            // "les vacances de février" are a season, not a date.
            if (Months.Contains(t.Norm) && k >= 2 && tokens[k - 1].Norm is "de" && tokens[k - 2].Norm is "vacances")
            {
                continue;
            }

            if (Days.Contains(t.Norm) || Days.Contains(t.Sing) || Months.Contains(t.Norm) || IsDayNumber(t) || IsTime(t.Norm) ||
                t.Norm is "demain" or "apres-demain" or "aujourd" or "auj" or "soir" or "matin" or "midi" or "apres-midi" or "aprem" or "week-end" or "weekend" or "we" or "nuit" or "soiree")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Occasions = new[]
    {
        "messe", "match", "loto", "mariage", "battue", "reunion", "fete", "pluie", "orage", "vendange", "demenagement", "soiree", "repas", "spectacle",
        "concert", "brocante", "vide-grenier", "kermesse", "sortie", "tournoi", "course", "ceremonie", "anniversaire", "bapteme", "communion",
        "apero", "bal", "defile", "carnaval", "foire", "ag", "assemblee", "bourse", "braderie", "competition", "gala", "seance", "entrainement",
        "atelier", "stage", "visite", "rdv", "rendez-vous", "examen", "partiel", "operation", "greve", "tempete", "canicule", "neige", "retour", "depart",
        "arrivee", "rentree", "distribution", "collecte", "permanence", "repetition", "culte", "office", "pont",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where "après le match", "pendant la messe", "au loto" starts when <paramref name="noun"/> names the occasion, or -1.</summary>
    private static int OccasionStart(List<Token> tokens, int noun, bool weekday)
    {
        // "pour la maraude de jeudi soir": before a weekday, any gathering or outing is an occasion.
        if (noun < 1 || !tokens[noun].IsWord || !(weekday || Occasions.Contains(tokens[noun].Sing) || Occasions.Contains(tokens[noun].Norm)))
        {
            return -1;
        }

        var det = tokens[noun - 1].Norm;
        if (det is "au" or "aux")
        {
            return noun - 1;
        }

        return noun >= 2 && det is "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "notre" or "nos" or "son" or "sa" or "ses" or "leur" or "ce" or "cette" or "cet" &&
               tokens[noun - 2].Norm is "apres" or "avant" or "pendant" or "durant" or "a" or "pour" or "des" ? noun - 2 : -1;
    }

    private static bool AfterReturnVerb(List<Token> tokens, int s)
    {
        for (var k = s - 1; k >= 0 && k >= s - 4; k--)
        {
            var w = tokens[k].Norm;
            if (EndsClause(w))
            {
                return false;
            }

            if (w.StartsWith("rendez-", StringComparison.Ordinal) || w.StartsWith("ramenez-", StringComparison.Ordinal) || w is "rends" or "rend" or "rendre" or "rendrai" or "rendrais" or "rapporte" or "rapporter" or "rapporterai" or "ramene" or "ramenerai" or "ramenez" or "ramener" or "rendez" or "rapportez" or
                "rendu" or "rendus" or "rendue" or "rendues")
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsClause(string w) => w is "." or "," or "!" or "?" or ";" or ":" or "\n";

    /// <summary>"le soir même", "dans la journée", "dans l'heure": a time counted from the loan, not a date.</summary>
    private static bool IsRelative(List<Token> tokens, int s, int end)
    {
        for (var k = s; k <= end; k++)
        {
            if (tokens[k].Norm is "meme" or "dans")
            {
                return true;
            }
        }

        // "vous me le ramenez le soir": the evening of the loan.
        return (end + 1 < tokens.Count && tokens[end + 1].Norm is "meme") || (end == s + 1 && tokens[s].Norm is "le" && tokens[end].Norm is "soir" or "lendemain");
    }

    /// <summary>"je suis là samedi": the adverb "là" folds to the article "la" but opens no time phrase.</summary>
    private static bool IsThere(Token t, string? text) =>
        text is not null && t.Norm == "la" && t.Length == 2 && text[t.Start + 1] is 'à' or 'À';

    private static bool IsRange(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Norm is "a" or "au" or "jusqu")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NotTheListingsTime(List<Token> tokens, string? text, int s, int end)
    {
        var first = tokens[s].Norm;
        if (first == "depuis" && !IsRange(tokens, s, end))
        {
            return true;
        }

        // "comme écrit hier", "le lapin est mort la semaine dernière": a past day tells a story, the listing is ahead.
        for (var k = s; k <= end; k++)
        {
            // "le dernier week-end de juin", "la dernière semaine du mois": the last one of a month, ahead.
            if (tokens[k].Norm is "dernier" or "derniere" && k + 3 <= end && tokens[k + 2].Norm is "de" or "d" or "du" && (Months.Contains(tokens[k + 3].Norm) || tokens[k + 3].Norm is "mois"))
            {
                continue;
            }

            if (tokens[k].Norm is "hier" or "avant-hier" or "dernier" or "derniere")
            {
                return true;
            }
        }

        // The clause in front of the time: back to the last punctuation.
        // "…a rendu l'âme et j'ai des invités demain": a conjunction with a new subject opens a new clause too.
        var c = s - 1;
        while (c >= 0 && !EndsClause(tokens[c].Norm) && !(tokens[c].Norm is "et" or "mais" or "car" or "donc" && c + 1 < s && tokens[c + 1].Norm is "j" or "je" or "on" or "il" or "elle" or "nous" or "vous" or "ils" or "elles"))
        {
            c--;
        }

        for (var k = c + 1; k < s; k++)
        {
            var w = tokens[k].Norm;

            // "le mien a grillé ce matin", "on en a eu un nouveau à Noël": what happened to the object, not when to come.
            // A participle far from the time ("je n'ai jamais fait ça, quelqu'un pour me montrer ce week-end ?") belongs to another thought.
            if (text is not null && (w is "a" or "ai" or "as" or "avons" or "avez" or "ont" && text[tokens[k].Start] == 'a' || w is "est" or "sont" or "etait" or "etaient") && k + 1 < s && s - k <= 7)
            {
                var p = k + 1;
                while (p < s - 1 && tokens[p].Norm is "deja" or "bien" or "pas" or "jamais" or "encore" or "tout")
                {
                    p++;
                }

                if (IsPastParticiple(text, tokens[p]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPastParticiple(string text, Token t)
    {
        if (!t.IsWord || t.Norm is "prevu" or "prevue" or "prevus" or "prevues" or "organise" or "organisee" or "programme" or "fixe" or "reporte")
        {
            return false;
        }

        var w = text[t.Start..t.End].ToLowerInvariant();
        return w.EndsWith('é') || w.EndsWith("ée", StringComparison.Ordinal) || w.EndsWith("és", StringComparison.Ordinal) || w.EndsWith("ées", StringComparison.Ordinal) ||
               w is "eu" or "fait" or "pris" or "mis" or "dit" or "vu" or "reçu" or "perdu" or "vendu" or "offert" or "acquis" or "servi" or "fini" or "rendu" or "cassé" or "parti" or "partie" or "partis" or "parties" or "mort" or "morte" or "morts" or "venu" or "venue" or "né" or "née" or "mise" or "mises";
    }

    private static bool StripLeft(List<Token> tokens, int s)
    {
        var w = tokens[s].Norm;
        var next = s + 1 < tokens.Count ? tokens[s + 1] : default;
        return w switch
        {
            "d" => next.Norm != "ici",
            "de" or "et" or "ou" => true,
            // "à livrer courant janvier": during the month.
            "courant" => !Months.Contains(next.Norm),
            "ici" => s == 0 || tokens[s - 1].Norm != "d",
            "mes" or "nos" or "vos" or "tes" or "ses" or "leurs" => s == 0 || tokens[s - 1].Norm is not ("pendant" or "pour" or "avant" or "apres" or "depuis" or "durant"),
            "a" => !(next.Norm is "partir" or "noel" or "paques" or "toussaint" or "midi" or "minuit" or "la" or "soir" || IsTime(next.Norm) ||
                     (IsHourNumber(next) && s + 2 < tokens.Count && tokens[s + 2].Norm is "heures" or "heure" or "h" or ":")),
            // "du 20 au 27", "du 12 décembre" are dates; "les voisins du 17 le dimanche 10" is a door number.
            "du" => !(NumericDateLength(tokens, s + 1) > 0 || (IsSmallNumber(next) && s + 2 < tokens.Count && (Months.Contains(tokens[s + 2].Norm) || tokens[s + 2].Norm is "au" or "jusqu" or "a" or "-" or "ou" || IsAnchor(tokens, s + 2))) || Days.Contains(next.Norm)),
            "au" => next.Norm is not "printemps",
            "partir" => true,
            "l" => false,
            _ => IsSmallNumber(tokens[s]) && s + 1 < tokens.Count && !Months.Contains(next.Norm) && next.Norm != "au" &&
                 (!IsAnchor(tokens, s + 1) || (tokens[s].IsNumber && (Days.Contains(next.Norm) || next.Norm is "hier" or "demain" or "ce" or "cette"))),
        };
    }

    /// <summary>Words that close a time phrase: "du mois", "de semaine", "(vacances) de Noël", "au plus tard", "(5h) du mat", "(week-end) du 20".</summary>
    private static int Tail(List<Token> tokens, int j)
    {
        var w = tokens[j].Norm;
        var next = NextNorm(tokens, j);
        var prev = tokens[j - 1].Norm;
        if (prev is "sortie")
        {
            return SortieTail(tokens, j);
        }
        if (w is "du" && next is "mois" && prev is not ("debut" or "fin"))
        {
            return 2;
        }

        if (w is "de" && next is "semaine" && prev is "soirs" or "soir" or "jours" or "matins" or "fin")
        {
            return 2;
        }

        // "le week-end de Pâques", "le lundi de Pentecôte".
        if (w is "de" && (prev is "week-end" or "weekend" || Days.Contains(prev)) && next is "paques" or "pentecote")
        {
            return 2;
        }

        if (w is "de" && prev is "week-end" or "weekend" && next is "la" && j + 2 < tokens.Count && tokens[j + 2].Norm is "toussaint" or "pentecote")
        {
            return 3;
        }

        if (w is "de" or "d" && prev is "vacances" or "conges" && (Months.Contains(next) || next is "noel" or "paques" or "toussaint" or "printemps" or "ete" or "hiver" or "fevrier" or "la" or "fin"))
        {
            return next == "la" && j + 2 < tokens.Count && tokens[j + 2].Norm is "toussaint" ? 3 : next == "la" ? 0 : next == "fin" && j + 2 < tokens.Count && tokens[j + 2].Norm is "d" or "de" ? 0 : 2;
        }

        // "le premier jeudi de chaque mois", "entre midi et deux", "pour Mardi gras".
        if (w is "de" or "du" && next is "chaque" && j + 2 < tokens.Count && tokens[j + 2].Norm is "mois" or "semaine" or "annee")
        {
            return 3;
        }

        // "les fêtes de fin d'année".
        if (w is "de" && prev is "fetes" && next is "fin" && j + 3 < tokens.Count && tokens[j + 2].Norm is "d" && tokens[j + 3].Norm is "annee")
        {
            return 4;
        }

        if (w is "et" && prev is "midi" && next is "deux" or "2")
        {
            return 2;
        }

        if (prev is "fete" && FeastTail(tokens, j) is var feast && feast > 0)
        {
            return feast;
        }

        // "(le jour) de l'an".
        if (w is "de" && prev is "jour" && next is "l" && j + 2 < tokens.Count && tokens[j + 2].Norm is "an")
        {
            return 3;
        }

        // "(la veille) du nouvel an", "(le lendemain) de Noël".
        if (w is "du" or "de" or "d" && prev is "veille" or "lendemain" or "jour" && next is "nouvel" or "noel" or "paques" or "toussaint" or "reveillon" or "halloween")
        {
            return next is "nouvel" && j + 2 < tokens.Count && tokens[j + 2].Norm is "an" ? 3 : 2;
        }

        // "tous les soirs sauf le jeudi", "en semaine sauf mercredi": the day left out belongs to the slot.
        if (w is "sauf" && (Days.Contains(next) || (next is "le" or "les" && j + 2 < tokens.Count && (Days.Contains(tokens[j + 2].Norm) || Days.Contains(tokens[j + 2].Sing) || tokens[j + 2].Norm is "week-end" or "weekend" or "we"))))
        {
            return Days.Contains(next) ? 2 : 3;
        }

        // "(la) saint Nicolas".
        if (prev is "saint" or "sainte" && tokens[j].IsWord && !tokens[j].IsNumber)
        {
            return 1;
        }

        if (w is "gras" && prev is "mardi")
        {
            return 1;
        }

        // "vendredi à la tombée de la nuit", "à la nuit tombée".
        if (w is "a" && next is "la" && j + 5 < tokens.Count && tokens[j + 2].Norm is "tombee" && tokens[j + 3].Norm is "de" && tokens[j + 4].Norm is "la" && tokens[j + 5].Norm is "nuit")
        {
            return 6;
        }

        if (w is "tombee" && prev is "nuit")
        {
            return 1;
        }

        // "ce week-end et le suivant".
        if (w is "et" && next is "le" or "la" && j + 2 < tokens.Count && tokens[j + 2].Norm is "suivant" or "suivante")
        {
            return 3;
        }

        // "samedi en huit", "jeudi en 15".
        if (w is "en" && next is "huit" or "8" or "quinze" or "15" && Days.Contains(prev))
        {
            return 2;
        }

        // "le soir d'Halloween", "le réveillon de Noël".
        if (w is "d" or "de" && prev is "soir" or "soiree" or "nuit" or "reveillon" or "veille" && next is "halloween" or "noel" or "paques")
        {
            return 2;
        }

        // "un mercredi sur deux", "un samedi sur trois".
        if (w is "sur" && next is "deux" or "trois" or "quatre" or "2" or "3" or "4" && Days.Contains(prev))
        {
            return 2;
        }

        if (w is "au" && next is "plus" && j + 2 < tokens.Count && tokens[j + 2].Norm is "tard")
        {
            return 3;
        }

        if (w is "du" && next is "mat" or "matin" or "soir" && (IsTime(prev) || (prev is "h" or "heure" or "heures" && j > 1 && IsHourNumber(tokens[j - 2]))))
        {
            return 2;
        }

        // "(14) heures trente", "(14 heures) et demie", "(14):30".
        if (prev is "heure" or "heures" or "h" && (w is "trente" or "quinze" or "quarante-cinq" or "pile" || (tokens[j].IsNumber && tokens[j].Norm.Length == 2)))
        {
            return 1;
        }

        if (prev is "heure" or "heures" && w is "et" && next is "demie" or "quart")
        {
            return 2;
        }

        if (w is ":" && IsHourNumber(tokens[j - 1]) && tokens[j - 1].IsNumber && j + 1 < tokens.Count && tokens[j + 1].IsNumber && tokens[j + 1].Norm.Length == 2 && tokens[j + 1].Start == tokens[j].End)
        {
            return 2;
        }

        // "le week-end du 3 au 5", "dans la nuit du 3 au 4".
        if (w is "du" && prev is "week-end" or "weekend" or "we" or "nuit" or "semaine" && IsDayRange(tokens, j))
        {
            return j + 4 < tokens.Count && Months.Contains(tokens[j + 4].Norm) ? 5 : 4;
        }

        if (w is "du" && prev is "week-end" or "weekend" or "we" or "reveillon" or "soiree" or "soir" or "semaine" or "nuit" && j + 1 < tokens.Count && IsDayNumber(tokens[j + 1]))
        {
            return j + 2 < tokens.Count && Months.Contains(tokens[j + 2].Norm) ? 3 : 2;
        }

        return 0;
    }

    /// <summary>"(fête) de la musique", "(fête) des mères", "(fête) des pères", "(fête) nationale": how many tokens name the feast, or 0.</summary>
    private static int FeastTail(List<Token> tokens, int j)
    {
        if (j + 2 < tokens.Count && tokens[j].Norm is "de" && tokens[j + 1].Norm is "la" && tokens[j + 2].Norm is "musique")
        {
            return 3;
        }

        if (j + 1 < tokens.Count && tokens[j].Norm is "des" && tokens[j + 1].Norm is "meres" or "peres" or "grands-meres" or "grand-meres")
        {
            return 2;
        }

        return j < tokens.Count && tokens[j].Norm is "nationale" ? 1 : 0;
    }

    /// <summary>"(sortie) de l'école", "(sortie) du boulot": how many tokens name the daily routine, or 0.</summary>
    private static int SortieTail(List<Token> tokens, int j)
    {
        static bool Routine(string w) => w is "ecole" or "boulot" or "travail" or "taf" or "bureau" or "classe" or "classes" or "cours" or "creche" or "college" or "lycee" or "messe";
        if (j + 2 < tokens.Count && tokens[j].Norm is "de" && tokens[j + 1].Norm is "l" or "la" && Routine(tokens[j + 2].Norm))
        {
            return 3;
        }

        return j + 1 < tokens.Count && tokens[j].Norm is "du" or "des" && Routine(tokens[j + 1].Norm) ? 2 : 0;
    }

    private static string NextNorm(List<Token> tokens, int j) => j + 1 < tokens.Count ? tokens[j + 1].Norm : string.Empty;

    /// <summary>"20/12", "2/12/2026", "20.12": how many tokens the numeric date takes, or 0.</summary>
    private static int NumericDateLength(List<Token> tokens, int i)
    {
        if (DottedDate(tokens, i))
        {
            return 1;
        }

        if (i + 2 >= tokens.Count || !IsDayNumber(tokens[i]) || tokens[i + 1].Norm != "/" || !tokens[i + 2].IsNumber || tokens[i + 2].Norm.Length > 2 ||
            !int.TryParse(tokens[i + 2].Norm, out var month) || month is < 1 or > 12 || (i > 0 && tokens[i - 1].Norm == "/"))
        {
            return 0;
        }

        // "groupe 2/3", "taille 2/3 ans" are no dates: a numeric date follows a preposition, an article or a day, or closes
        // the name of a show ("concert Orelsan 13/12,").
        var named = i > 0 && tokens[i - 1].Capitalized && tokens[i - 1].IsWord && !tokens[i - 1].IsNumber && tokens[i - 1].Norm is not ("taille" or "groupe" or "pointure" or "t" or "age") &&
                    (i + 3 >= tokens.Count || tokens[i + 3].Norm is "," or "." or "!" or "a" or "?");
        // "dispo 15/12", "libre 3/01": an availability word dates what follows.
        if (i == 0 || !(LeftWords.Contains(tokens[i - 1].Norm) || Days.Contains(tokens[i - 1].Norm) || named || tokens[i - 1].Norm is "dispo" or "disponible" or "libre"))
        {
            return 0;
        }

        return i + 4 < tokens.Count && tokens[i + 3].Norm == "/" && tokens[i + 4].IsNumber && tokens[i + 4].Norm.Length is 2 or 4 ? 5 : 3;
    }

    /// <summary>
    /// "le 19.12", "dès le 2.01": a day and month joined by a dot, which the tokenizer keeps as one decimal. Only after a
    /// word that opens a date, and never inside a run of dotted pairs ("au 06.12.34.56.78" is a phone number).
    /// </summary>
    private static bool DottedDate(List<Token> tokens, int i)
    {
        var t = tokens[i];
        var dot = t.Norm.IndexOf('.', StringComparison.Ordinal);
        if (!t.IsNumber || dot is < 1 or > 2 || t.Norm.Length - dot != 3 || i == 0 ||
            !int.TryParse(t.Norm.AsSpan(0, dot), out var day) || day is < 1 or > 31 ||
            !int.TryParse(t.Norm.AsSpan(dot + 1), out var month) || month is < 1 or > 12 ||
            (i + 2 < tokens.Count && tokens[i + 1].Norm is "." or "," && tokens[i + 1].Start == t.End && tokens[i + 2].IsNumber && tokens[i + 2].Start == tokens[i + 1].End))
        {
            return false;
        }

        var prev = tokens[i - 1].Norm;
        return prev is "le" or "du" or "au" or "des" or "avant" or "dispo" or "disponible" or "libre" || Days.Contains(prev);
    }

    private static bool IsDayRange(List<Token> tokens, int i) =>
        i + 3 < tokens.Count && tokens[i].Norm == "du" && IsDayNumber(tokens[i + 1]) && tokens[i + 2].Norm == "au" && IsDayNumber(tokens[i + 3]);

    private static bool IsDayNumber(Token t) => t.Norm == "1er" || (t.IsNumber && t.Norm.Length <= 2 && int.TryParse(t.Norm, out var n) && n is >= 1 and <= 31);

    private static bool IsSmallNumber(Token t) => t.Norm is "1er" or "1ers" or "1ere" || (t.IsNumber && t.Norm.Length <= 2);

    /// <param name="nested">
    /// Set when the check is asked from the opening-word rules below: "Noël 10h30" asks whether "10h30" is an anchor, which asks
    /// whether the word before it ("Noël") is; the opening-word rules are not asked again, so the question cannot go round (it
    /// overflowed the stack before, killing the process on a message of two words).
    /// </param>
    private static bool IsAnchor(List<Token> tokens, int i, bool nested = false)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return false;
        }

        var w = t.Norm;
        var prev = i > 0 ? tokens[i - 1].Norm : string.Empty;
        if (Days.Contains(w) || Days.Contains(t.Sing))
        {
            return true;
        }

        // "Après-midi jeux au foyer", "Soirée crêpes": a part of the day opening the message names the gathering.
        // "Réveillon solidaire le 24", "Noël des enfants mercredi": a holiday opening the message names the gathering.
        if (i == 0 && !nested && w is "reveillon" or "noel" or "halloween" or "paques" or "chandeleur" && i + 1 < tokens.Count && !tokens[i + 1].IsNumber && !IsAnchor(tokens, i + 1, nested: true) && tokens[i + 1].Norm is not ("a" or "au" or "et" or "ou" or "le" or "du"))
        {
            return false;
        }

        if (i == 0 && !nested && w is "apres-midi" or "aprem" or "soiree" or "matinee" && i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsNumber && !Connectors.Contains(tokens[i + 1].Norm) && !IsAnchor(tokens, i + 1, nested: true))
        {
            return false;
        }

        // "pendant la fête des voisins", "durant le match": the time of an occasion, with no date.
        // "pendant le match au stade samedi": the day, when one follows, is the time.
        if (i > 1 && tokens[i - 2].Norm is "pendant" or "durant" && prev is "la" or "le" or "l" && (Occasions.Contains(t.Sing) || Occasions.Contains(w)))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
            {
                if (Days.Contains(tokens[k].Norm) || AlwaysAnchors.Contains(tokens[k].Norm))
                {
                    return false;
                }
            }

            return true;
        }

        // "avant les gelées".
        if (w is "gelees" && prev is "les" or "premieres" && i > 1 && tokens[i - 2].Norm is "avant" or "apres" or "pour" or "les")
        {
            return true;
        }

        // "avant les premières neiges", "avant les premiers froids", "avant le gel".
        if ((w is "neiges" or "froids" && prev is "premieres" or "premiers" or "grands" && i > 2 && tokens[i - 2].Norm is "les" && tokens[i - 3].Norm is "avant" or "apres" or "pour") ||
            (w is "gel" && prev is "le" && i > 1 && tokens[i - 2].Norm is "avant" or "apres"))
        {
            return true;
        }

        // "jusqu'à fin 2026", "avant début 2027".
        if (t.IsNumber && w.Length == 4 && w.StartsWith("20", StringComparison.Ordinal) && prev is "fin" or "debut" && i > 1 && tokens[i - 2].Norm is "a" or "jusqu" or "avant" or "avt" or "ici" or "pour" or "des")
        {
            return true;
        }

        // "avant la fête du 14", "pour le loto du 3": a day of the month naming an occasion.
        if (IsDayNumber(t) && prev is "du" && i > 1 && (Occasions.Contains(tokens[i - 2].Sing) || Occasions.Contains(tokens[i - 2].Norm)) && (i + 1 == tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].Norm is "et" or "a"))
        {
            return true;
        }

        if (Months.Contains(w))
        {
            // "mars" the planet or a brand is rare next to a number, "en" or "fin"; "mai" alone is ambiguous too.
            return prev is "en" or "fin" or "debut" or "mi" or "de" or "d" or "depuis" or "avant" or "apres" or "pour" or "pr" or "avt" or "jusqu" or "courant" || (prev is "a" && i > 2 && Months.Contains(tokens[i - 2].Norm) && tokens[i - 3].Norm is "de" or "d") || IsSmallNumber(i > 0 ? tokens[i - 1] : default) || (i + 1 < tokens.Count && tokens[i + 1].IsNumber);
        }

        if (AlwaysAnchors.Contains(w) || AlwaysAnchors.Contains(t.Sing))
        {
            // "pour un week-end", "deux soirées": a duration, not a date.
            if ((prev is "un" or "une" or "deux" or "trois" or "quelques" or "plusieurs" || (i > 0 && tokens[i - 1].IsNumber)) && w is "week-end" or "weekend" or "soiree" or "soirees" or "nuit" or "nuits" or "matinee" or "apres-midi")
            {
                return false;
            }

            if (w is "midi" && prev is "de" && i > 1 && tokens[i - 2].Norm is "repas")
            {
                return false;
            }

            // "mes nuits de repos" names the author's nights off, not a date.
            if (w is "soiree" or "soirees" or "nuit" or "matinee" || t.Sing is "nuit")
            {
                return prev is "en" or "la" or "cette" or "ce" or "dans" or "toute" || (prev is "de" && i > 1 && tokens[i - 2].Norm is "debut" or "fin" or "milieu") || (w == "nuit" && prev is "de" or "cette" or "la");
            }

            if (w is "vacances" or "conges")
            {
                return prev is "les" or "des" or "ces" or "pendant" or "pdt" or "aux" or "vos" or "nos" or "mes" or "de" or "grandes" or "petites";
            }

            // "à Noël", "pour Noël", "d'ici Noël" date; "l'atelier Noël", "le sapin de Noël", "les œufs de Pâques" name a thing.
            if (w is "noel" or "halloween" or "paques" && i > 0 && tokens[i - 1].IsWord && prev is not ("a" or "pour" or "pr" or "avant" or "avt" or "apres" or "depuis" or "jusqu" or "vers" or "pendant" or "durant" or "ici" or "le" or "ce" or "et" or "ou" or "des" or "entre"))
            {
                return false;
            }

            // "un clavier MIDI": noon follows a preposition, a determiner, a day or another time word.
            // "sortir mon chien midi et soir".
            if (w is "midi" && i > 0 && NextNorm(tokens, i) is "et" && i + 2 < tokens.Count && tokens[i + 2].Norm is "soir" or "matin")
            {
                return true;
            }

            if (w is "midi" && i > 0 && !(prev is "a" or "ce" or "le" or "vers" or "avant" or "apres" or "jusqu" or "entre" or "de" or "des" or "pour" or "pr" or "avt" or "et" or "ou" or "hui" or "demain" or "-" || Days.Contains(prev) || tokens[i - 1].IsNumber || !tokens[i - 1].IsWord))
            {
                return false;
            }

            return !(w is "matin" or "soir" or "midi" && prev is "du" or "par" or "une" or "un" && w != "midi") && prev != "par";
        }

        // "récupérable ce jour": today, in the written style of notices.
        if (w is "jour" && prev is "ce" && NextNorm(tokens, i) is not ("la" or "-la" or "ou") && !(i > 1 && tokens[i - 2].Norm is "a"))
        {
            return true;
        }

        // "le nouvel an", "pour le jour de l'an"; "pour un nouvel an" is any one of them.
        if ((w is "nouvel" && NextNorm(tokens, i) is "an" && prev is not ("un" or "chaque")) || (w is "an" && prev is "nouvel" && !(i > 1 && tokens[i - 2].Norm is "un" or "chaque")) ||
            (w is "jour" && NextNorm(tokens, i) is "de" && i + 3 < tokens.Count && tokens[i + 2].Norm is "l" && tokens[i + 3].Norm is "an"))
        {
            return true;
        }

        // "la veille de Noël", "le lendemain du nouvel an", "le jour de Noël": a day named from a holiday (the tail reads the holiday).
        if (w is "veille" or "lendemain" or "jour" && prev is "la" or "le" && i + 2 < tokens.Count && tokens[i + 1].Norm is "de" or "d" or "du" && tokens[i + 2].Norm is "noel" or "paques" or "toussaint" or "nouvel" or "reveillon" or "halloween")
        {
            return true;
        }

        // "pour la Saint-Valentin", "à la Sainte-Catherine", "la saint Nicolas": a saint's day after a time preposition ("à la
        // Saint-Jean-de-Losne" is a town).
        if (w.StartsWith("saint", StringComparison.Ordinal) && (w is "saint" or "sainte" ? i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsNumber : (w.StartsWith("saint-", StringComparison.Ordinal) || w.StartsWith("sainte-", StringComparison.Ordinal)) && w.IndexOf('-', 6) < 0) &&
            prev is "la" && i > 1 && tokens[i - 2].Norm is "pour" or "pr" or "a" or "avant" or "apres" or "pendant" or "durant" or "jusqu" or "ici" or "vers" or "depuis" or "des")
        {
            return true;
        }

        // "pour la fête de la musique", "avant la fête des mères": a feast day the whole country keeps.
        if (w is "fete" && prev is "la" && FeastTail(tokens, i + 1) > 0 && i > 1 && tokens[i - 2].Norm is "pour" or "pr" or "avant" or "apres" or "a" or "pendant" or "d" or "jusqu")
        {
            return true;
        }

        if (w is "we" or "wk" && prev is "ce" or "le" or "du" or "au" or "les" or "chaque" or "tous")
        {
            return true;
        }

        // "CE WEEK END" typed with a space.
        if ((w is "week" && NextNorm(tokens, i) is "end") || (w is "end" && prev is "week"))
        {
            return true;
        }

        if (w is "semaine" or "semaines")
        {
            return w == "semaine" && (prev is "cette" or "la" or "en" or "de" && (prev != "de" || i > 1 && tokens[i - 2].Norm is "fin" or "milieu" or "debut") || NextNorm(tokens, i) is "prochaine" or "derniere" or "pro");
        }

        // "pour les fêtes" is a season; "pour les fêtes de famille", "les fêtes d'école" are kinds of party ("les fêtes de fin d'année" stays one).
        if (w is "fetes" or "vendanges" or "moissons" && prev is "les" or "des" or "ces" && i > 1 && tokens[i - 2].Norm is "pendant" or "pour" or "avant" or "apres" or "durant" or "pr" or "avt" &&
            !(w is "fetes" && NextNorm(tokens, i) is "de" or "d" && i + 2 < tokens.Count && tokens[i + 2].Norm is not ("fin" or "noel" or "paques" or "l")))
        {
            return true;
        }

        if (w is "journee")
        {
            // "je la prête à la journée" is a unit, not a day.
            return prev is "de" && i > 1 && tokens[i - 2].Norm == "fin" || (prev is "la" && !(i > 1 && tokens[i - 2].Norm == "a")) || prev is "cette" or "toute" or "en";
        }

        // "avant la fin du mois", "début du mois prochain", "ce mois-ci".
        if (w is "mois")
        {
            return (prev is "du" or "de" && i > 1 && tokens[i - 2].Norm is "fin" or "debut" or "milieu") || (prev is "ce" && NextNorm(tokens, i) is "-ci" or "ci") || NextNorm(tokens, i) is "prochain";
        }

        // "avant la fin de l'année", "d'ici fin d'année": a deadline; "les fêtes de fin d'année" name an occasion.
        if (w is "annee" && i > 1 && (prev is "d" ? i - 2 : prev is "l" && i > 2 && tokens[i - 2].Norm == "de" ? i - 3 : -1) is var fin && fin > 0 && tokens[fin].Norm == "fin")
        {
            var before = tokens[fin - 1].Norm == "la" && fin > 1 ? tokens[fin - 2].Norm : tokens[fin - 1].Norm;
            return before is "avant" or "avt" or "ici" or "jusqu" or "pour" or "pr";
        }

        if (w is "mois-ci" or "semaine-ci")
        {
            return prev is "ce" or "cette";
        }

        // "après la sieste", "après l'école", "après le boulot": the end of a daily routine.
        if (w is "sieste" or "ecole" or "boulot" or "travail" or "taf" or "classe" or "cours" or "creche" or "messe" or "dejeuner" or "diner" or "gouter" or "repas" or "match" && i > 1 && prev is "la" or "l" or "le" or "mon" or "ma" or "le" && tokens[i - 2].Norm is "apres")
        {
            return true;
        }

        // "à la sortie de l'école", "vers la sortie du boulot": the daily routine dates the listing when no day follows
        // ("à la sortie de l'école vendredi 16h30" is dated by the day).
        if (w is "sortie" && prev is "la" && i > 1 && tokens[i - 2].Norm is "a" or "apres" or "avant" or "vers" or "des" && SortieTail(tokens, i + 1) is var routine && routine > 0)
        {
            for (var k = i + 1 + routine; k < tokens.Count && k <= i + routine + 4 && !EndsClause(tokens[k].Norm); k++)
            {
                if (Days.Contains(tokens[k].Norm) || IsTime(tokens[k].Norm) || tokens[k].Norm is "demain" or "aujourd" or "ce")
                {
                    return false;
                }
            }

            return true;
        }

        // "tout à l'heure", "avant les beaux jours".
        if (w is "heure" && prev is "l" && i > 2 && tokens[i - 2].Norm is "a" && tokens[i - 3].Norm is "tout")
        {
            return true;
        }

        if ((w is "beaux" && NextNorm(tokens, i) is "jours" && prev is "les" or "des") || (w is "jours" && prev is "beaux" && i > 1 && tokens[i - 2].Norm is "les" or "des"))
        {
            return true;
        }

        // "mi-juillet", "mi-août".
        if (w.StartsWith("mi-", StringComparison.Ordinal) && Months.Contains(w[3..]))
        {
            return true;
        }

        if (w is "ete" or "hiver" or "printemps" or "automne" or "rentree")
        {
            // "pour le printemps", "avant le printemps".
            if (w is "printemps" && prev is "le" && i > 1 && tokens[i - 2].Norm is "pour" or "pr" or "avant" or "apres" or "jusqu" or "depuis" or "ici")
            {
                return true;
            }

            // "à partir du printemps", "dès l'automne".
            return prev is "cet" or "cette" or "ce" or "l" or "en" or "la" or "d" or "au" || NextNorm(tokens, i) is "prochain" || (prev is "du" && i > 1 && tokens[i - 2].Norm is "partir");
        }

        // "un anniversaire le 28 ?", "déménager le 30 et…": a day of the month on its own, closed by punctuation or a time.
        // "au marché de Noël le 19": a day of the month closing the message.
        if (IsDayNumber(t) && prev is "le" && i > 1 && !tokens[i - 2].IsNumber && i + 1 == tokens.Count)
        {
            return true;
        }

        if (IsDayNumber(t) && prev is "le" && i + 1 < tokens.Count && (tokens[i + 1].Norm is "?" or "." or "!" or "," or "et" or "vers" or "a" && !(tokens[i + 1].Norm is "a" && i + 2 < tokens.Count && !IsTime(tokens[i + 2].Norm)) || IsTime(tokens[i + 1].Norm)))
        {
            return true;
        }

        // "récup le 3 ou le 4", "le 3 ou 4 décembre": a choice of two days.
        if (IsDayNumber(t) && prev is "le" && i + 3 < tokens.Count && tokens[i + 1].Norm is "ou" &&
            ((tokens[i + 2].Norm is "le" && IsDayNumber(tokens[i + 3])) || (IsDayNumber(tokens[i + 2]) && Months.Contains(tokens[i + 3].Norm))))
        {
            return true;
        }

        // "avant le 15", "jusqu'au 20", "pour le 3": a day of the month after a deadline word.
        if (IsDayNumber(t) && i >= 2 && (prev is "le" && tokens[i - 2].Norm is "avant" or "avt" or "pour" or "pr" or "ici" or "apres" || prev is "au" && tokens[i - 2].Norm is "jusqu" || prev is "du" && tokens[i - 2].Norm is "partir") &&
            !(i + 1 < tokens.Count && tokens[i + 1].Norm is "€" or "euros" or "euro" or "e" or "%" or "ans" or "kg" or "cm" or "m" or "rue" or "avenue" or "av" or "bd" or "boulevard" or "allee" or "place" or "impasse" or "chemin" or "route" or "quai" or "bis" or "ter" or "cours"))
        {
            return true;
        }

        // "samedi 14 heures", "à partir de quatorze heures", "à 14 h", "vers 14:30": an hour written out.
        if (((w is "heures" or "heure" or "h" && i >= 2 && IsHourNumber(tokens[i - 1])) || (IsHourNumber(t) && t.IsNumber && NextNorm(tokens, i) is ":" && i + 2 < tokens.Count && tokens[i + 2].IsNumber && tokens[i + 2].Norm.Length == 2 && tokens[i + 1].Start == t.End && tokens[i + 2].Start == tokens[i + 1].End)) &&
            (w is not ("heures" or "heure" or "h") || tokens[i - 1].End < t.Start || tokens[i - 1].IsNumber))
        {
            var opener = w is "heures" or "heure" or "h" ? i - 2 : i - 1;
            if (opener < 0)
            {
                return false;
            }

            // "à 2 heures de route", "entre 2 et 3 heures", "une à deux heures": a distance or a duration.
            var o = tokens[opener].Norm;
            if (NextNorm(tokens, w is "heures" or "heure" or "h" ? i : i + 2) is "de" or "d" || o is "et" ||
                (o is "a" && opener > 0 && (tokens[opener - 1].IsNumber || FrenchNumbers.IsNumberWord(tokens[opener - 1].Norm)) && !(opener > 1 && tokens[opener - 2].Norm is "de" or "entre" or "h" or "heure" or "heures")))
            {
                return false;
            }

            return o is "a" or "vers" or "des" or "avant" or "apres" or "jusqu" || (o is "de" && opener > 0 && tokens[opener - 1].Norm is "partir") || Days.Contains(o) || (opener > 0 && !(o is "h" or "heure" or "heures") && IsAnchor(tokens, opener, nested));
        }

        if (IsTime(w))
        {
            // "18h-19h": a span of hours.
            if (NextNorm(tokens, i) is "-" && i + 2 < tokens.Count && IsTime(tokens[i + 2].Norm))
            {
                return true;
            }

            // "vers les 18h".
            if (prev is "les" && i > 1 && tokens[i - 2].Norm is "vers" or "sur")
            {
                return true;
            }

            if (i > 0 && (IsAnchor(tokens, i - 1, nested) || Days.Contains(prev)))
            {
                return true;
            }

            // "entre 14h et 16h" joins two times; "une voiture et 1h demain" is a duration.
            if (prev is "et")
            {
                // "entre 14 et 16h": the first hour takes the second's "h".
                return i > 1 && (IsTime(tokens[i - 2].Norm) || IsAnchor(tokens, i - 2, nested) || (i > 2 && IsDayNumberToken(tokens[i - 2]) && tokens[i - 3].Norm == "entre"));
            }

            return prev is "a" or "vers" or "des" or "de" or "entre" or "avant" or "apres" or "jusqu" or "au" or "partir" or "ce" or "-" or "depuis" or "at" || IsDayNumberToken(i > 0 ? tokens[i - 1] : default);
        }

        return false;
    }

    private static bool IsDayNumberToken(Token t) => t.IsNumber && t.Norm.Length <= 2;

    /// <summary>"14", "8", "quatorze": an hour of the day in digits or words ("une heure" is mostly a duration).</summary>
    private static bool IsHourNumber(Token t) =>
        t.IsNumber ? t.Norm.Length <= 2 && int.TryParse(t.Norm, out var h) && h <= 24 : HourWords.Contains(t.Norm);

    private static readonly FrozenSet<string> HourWords = new[]
    {
        "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
        "dix-huit", "dix-neuf", "vingt", "vingt-deux", "vingt-trois",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsTime(string w)
    {
        // 17h, 8h30, 18h00, 17:30
        if (w.Length < 2 || w.Length > 5 || !char.IsDigit(w[0]))
        {
            return false;
        }

        var h = w.IndexOf('h', StringComparison.Ordinal);
        if (h <= 0 || h > 2)
        {
            return false;
        }

        for (var k = 0; k < h; k++)
        {
            if (!char.IsDigit(w[k]))
            {
                return false;
            }
        }

        for (var k = h + 1; k < w.Length; k++)
        {
            if (!char.IsDigit(w[k]))
            {
                return false;
            }
        }

        return w.Length - h - 1 is 0 or 2;
    }
}

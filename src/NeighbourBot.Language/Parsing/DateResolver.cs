using System.Globalization;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Resolves the everyday time phrases of listings ("demain soir", "samedi prochain", "le 12 avril à 14h",
/// "ce week-end") to their first instant in the resident's local time, without the DateTime model; what it cannot
/// read is left to the model.
/// </summary>
internal static class DateResolver
{
    private static readonly string[] Days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    private static readonly string[] Months =
        ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

    // Built once: a collection expression here is a new array filled from metadata on every call.
    private static readonly char[] PhraseSeparators = [' ', ',', '.'];
    private static readonly char[] WordSeparators = [' ', '\'', ','];

    public static DateTime? Resolve(string phrase, DateTime localNow)
    {
        var normalized = TextNormalizer.Normalize(phrase);
        // Most phrases hold no "20/12": the regex (interpreted, through the shared cache) only runs when a slash or a dot is there.
        var numeric = normalized.AsSpan().IndexOfAny('/', '.') >= 0
            ? System.Text.RegularExpressions.Regex.Match(normalized, @"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50))
            : System.Text.RegularExpressions.Match.Empty;
        // "à 18.30" is an hour: only a month number makes a date.
        if (numeric.Success && (numeric.Value.Contains('/', StringComparison.Ordinal) || int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12))
        {
            // "20/12", "20.12" (day first, the French way); the hour, if any, still applies.
            var monthName = int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture) - 1;
            normalized = normalized.Remove(numeric.Index, numeric.Length).Insert(numeric.Index, numeric.Groups[1].Value + " " + (monthName is >= 0 and < 12 ? Months[monthName] : string.Empty));
        }

        var words = normalized.Replace('\'', ' ').Split(PhraseSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // SMS spellings.
            words[i] = words[i] switch
            {
                "sam" => "samedi",
                "dim" => "dimanche",
                "auj" => "aujourd",
                "we" or "w-e" => "week-end",

                // A few English words residents mix in.
                "tomorrow" or "tmrw" => "demain",
                "today" => "aujourd",
                "tonight" => "soir",
                "yesterday" => "hier",
                "monday" => "lundi",
                "tuesday" => "mardi",
                "wednesday" => "mercredi",
                "thursday" => "jeudi",
                "friday" => "vendredi",
                "saturday" => "samedi",
                "sunday" => "dimanche",
                _ => Tokenizer.TimeWordVariant(words[i], i > 0 ? words[i - 1] : string.Empty) ?? words[i],
            };
        }

        var today = localNow.Date;
        DateTime? date = null;
        int? hour = null;
        var minute = 0;
        int? dayNumber = null;
        var thisOne = false;
        var weekLater = false;
        var past = words.Contains("depuis") || words.Contains("hier") || words.Contains("dernier") || words.Contains("derniere");
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            switch (w)
            {
                case "aujourd" or "hui":
                    date ??= today;
                    continue;
                case "ce" or "cet" or "cette":
                    thisOne = true;
                    continue;
                case "en" when i + 1 < words.Length && words[i + 1] is "huit" or "8":
                    // "samedi en huit": that day of the following week.
                    weekLater = true;
                    i++;
                    continue;
                case "demain":
                    date = today.AddDays(1);
                    continue;
                case "apres-demain":
                    date = today.AddDays(2);
                    continue;
                case "hier":
                    date = today.AddDays(-1);
                    continue;
                case "avant-hier":
                    date = today.AddDays(-2);
                    continue;
                case "week-end" or "weekend":
                    date ??= today.DayOfWeek == DayOfWeek.Sunday ? today : NextWeekday(today, DayOfWeek.Saturday, allowToday: true);
                    continue;
                case "matin" or "matinee":
                    hour ??= 9;
                    continue;
                case "midi":
                    hour ??= 12;
                    continue;
                case "apres-midi" or "aprem":
                    hour ??= 14;
                    continue;
                case "soir" or "soiree":
                    hour ??= 19;
                    continue;
                case "nuit":
                    hour ??= 22;
                    continue;
                case "semaine" when i > 1 && words[i - 1] is "la" or "de" && words.Contains("fin"):
                    date ??= NextWeekday(today, DayOfWeek.Friday, allowToday: true);
                    continue;
                case "semaine" when i + 1 < words.Length && words[i + 1] == "prochaine" || i > 0 && words[i - 1] == "prochaine":
                    date ??= NextWeekday(today, DayOfWeek.Monday, allowToday: false);
                    continue;
            }

            var day = Array.IndexOf(Days, w.EndsWith('s') ? w[..^1] : w);
            if (day >= 0)
            {
                // "samedi 12 avril": the number and month decide below; alone, the next such day (today counts).
                date ??= past ? PreviousWeekday(today, (DayOfWeek)day) : NextWeekday(today, (DayOfWeek)day, allowToday: thisOne || (i > 0 && words[i - 1] is "les" or "tous"));
                continue;
            }

            var month = Array.IndexOf(Months, w);
            if (month >= 0)
            {
                var d = dayNumber ?? 1;
                var year = today.Year;
                if (d > DateTime.DaysInMonth(year, month + 1))
                {
                    return null;
                }

                var candidate = new DateTime(year, month + 1, d, 0, 0, 0, DateTimeKind.Unspecified);
                if (candidate < today.AddDays(-60))
                {
                    candidate = candidate.AddYears(1);
                }

                date = candidate;
                continue;
            }

            if (TryHour(w, out var h, out var m))
            {
                if (hour is null || words[Math.Max(0, i - 1)] is "a" or "vers" or "des" or "de" or "partir" or "entre" or "avant" or "apres" || IsPartOfDay(words, i))
                {
                    if (hour is null || !HasExplicitHour(words, i))
                    {
                        hour = h;
                        minute = m;
                    }
                }

                continue;
            }

            if (w is "1er" or "1ere" || (w.Length <= 2 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                var n = w.StartsWith('1') && w.Length > 1 && !char.IsDigit(w[1]) ? 1 : int.Parse(w, CultureInfo.InvariantCulture);
                if (n is >= 1 and <= 31 && dayNumber is null)
                {
                    dayNumber = n;
                }

                continue;
            }

            switch (w)
            {
                case "journee" when i > 1 && words[i - 1] == "de" && words[i - 2] == "fin":
                    date ??= today;
                    hour ??= 17;
                    continue;
                case "ete":
                    return NextYearly(today, 6, 21);
                case "hiver":
                    return NextYearly(today, 12, 21);
                case "printemps":
                    return NextYearly(today, 3, 20);
                case "automne":
                    return NextYearly(today, 9, 22);
                case "noel" or "reveillon":
                    return NextYearly(today, 12, w == "noel" ? 25 : 24);
                case "halloween":
                    return NextYearly(today, 10, 31).AddHours(hour ?? 0);
                case "mois" when date is { } d && dayNumber == 1 && words.Contains("du"):
                    // "le 1er samedi du mois": the next first such weekday of a month.
                    var first = FirstWeekdayOfMonth(today.Year, today.Month, d.DayOfWeek);
                    date = first >= today ? first : FirstWeekdayOfMonth(today.AddMonths(1).Year, today.AddMonths(1).Month, d.DayOfWeek);
                    dayNumber = null;
                    continue;
            }
        }

        if (date is null && dayNumber is { } only)
        {
            // "le 25", "du 22 au 26": this month, or next month once the day has passed.
            var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            if (only < today.Day)
            {
                month = month.AddMonths(1);
            }

            if (only > DateTime.DaysInMonth(month.Year, month.Month))
            {
                return null;
            }

            date = month.AddDays(only - 1);
        }
        else if (date is { } weekday && dayNumber is { } n && !words.Any(w => Array.IndexOf(Months, w) >= 0))
        {
            // "samedi 12": the next Saturday the 12th is close enough; take the day number in this or next month.
            var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            if (n < today.Day)
            {
                month = month.AddMonths(1);
            }

            date = n <= DateTime.DaysInMonth(month.Year, month.Month) ? month.AddDays(n - 1) : weekday;
        }

        if (date is null && (hour is not null || thisOne))
        {
            date = today;
        }

        if (weekLater && date is { } named)
        {
            date = named.AddDays(7);
        }

        return date is { } result ? result.AddHours(hour ?? 0).AddMinutes(minute) : null;
    }

    private static bool IsPartOfDay(string[] words, int i) => i > 0 && words[i - 1] is "matin" or "soir" or "midi" or "apres-midi" or "aprem";

    private static bool HasExplicitHour(string[] words, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (TryHour(words[k], out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static DateTime NextYearly(DateTime today, int month, int day)
    {
        var d = new DateTime(today.Year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return d < today ? d.AddYears(1) : d;
    }

    private static DateTime FirstWeekdayOfMonth(int year, int month, DayOfWeek day)
    {
        var d = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return d.AddDays(((int)day - (int)d.DayOfWeek + 7) % 7);
    }

    /// <summary>Whether the DateTime model can read anything in this phrase that own rules could not (a digit, a day, a month or a relative word).</summary>
    public static bool ModelMayHelp(string phrase)
    {
        var f = TextNormalizer.Normalize(phrase);
        if (f.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        foreach (var w in f.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(Days, w.TrimEnd('s')) >= 0 || Array.IndexOf(Months, w) >= 0 || w is "demain" or "hier" or "aujourd" or "prochain" or "prochaine" or "dernier" or "derniere" or "veille" or "lendemain" or "paques" or "toussaint")
            {
                return true;
            }
        }

        return false;
    }

    private static DateTime PreviousWeekday(DateTime today, DayOfWeek day)
    {
        var delta = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(delta == 0 ? -7 : -delta);
    }

    private static DateTime NextWeekday(DateTime today, DayOfWeek day, bool allowToday)
    {
        var delta = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (delta == 0 && !allowToday)
        {
            delta = 7;
        }

        return today.AddDays(delta);
    }

    private static bool TryHour(string w, out int hour, out int minute)
    {
        hour = 0;
        minute = 0;
        var h = w.IndexOf('h', StringComparison.Ordinal);
        if (h is <= 0 or > 2 || !int.TryParse(w.AsSpan(0, h), NumberStyles.None, CultureInfo.InvariantCulture, out hour) || hour > 23)
        {
            return false;
        }

        var rest = w.AsSpan(h + 1);
        return rest.Length == 0 || (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out minute) && minute < 60);
    }
}

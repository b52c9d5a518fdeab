using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>Validates a typed first and last name: letters (accents too), spaces, hyphens, apostrophes; 2–60 characters.</summary>
public static partial class PersonName
{
    public const int MinLength = 2;
    public const int MaxLength = 60;

    // Name particles, written small after the first name (« Jean de La Fontaine », « Vincent van Gogh »).
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "du", "des", "von", "van", "der", "den", "di", "da", "del", "della" };

    /// <summary>Splits a valid name into first name (first word) and last name (the rest, required); otherwise returns a hint.</summary>
    public static bool TryParse(string? text, out string firstName, out string lastName, out string hint)
    {
        firstName = "";
        lastName = "";
        hint = "";
        var cleaned = Spaces().Replace((text ?? "").Trim(), " ").Replace('’', '\'');
        if (cleaned.Length > MaxLength)
        {
            hint = "C'est un peu long pour un nom 🙂 Écrivez seulement votre prénom et votre nom (60 caractères au plus), par exemple : Marie Dupont.";
            return false;
        }

        cleaned = cleaned.Normalize(NormalizationForm.FormC);
        var letters = cleaned.Count(char.IsLetter);
        if (cleaned.Length < MinLength || letters < MinLength || !Shape().IsMatch(cleaned))
        {
            // Someone who answers with their address has skipped ahead: say it comes next rather than scold.
            hint = StreetAddress().IsMatch(cleaned)
                ? "Votre adresse viendra juste après 🙂 D'abord, écrivez votre prénom et votre nom, par exemple : Marie Dupont."
                : cleaned.Any(char.IsDigit) || cleaned.Contains("://", StringComparison.Ordinal) || cleaned.Contains("www.", StringComparison.OrdinalIgnoreCase)
                ? "Un nom ne contient ni chiffres ni liens. Écrivez votre prénom et votre nom, par exemple : Marie Dupont."
                : "Je n'ai pas reconnu un nom. Écrivez votre prénom et votre nom avec des lettres (les accents, tirets et apostrophes vont bien), par exemple : Jean-Luc D'Almeida.";
            return false;
        }

        cleaned = Cased(cleaned);
        var space = cleaned.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            // A moderator who verifies by hand needs the family name too.
            hint = $"Merci ! Écrivez aussi votre nom de famille, par exemple : {cleaned} Dupont.";
            return false;
        }

        firstName = cleaned[..space];
        lastName = cleaned[(space + 1)..];
        return true;
    }

    /// <summary>
    /// A name's words typed all in lower or all in upper case (« jeanne martin », « DUPONT ») written the way names are: a
    /// capital at the start of each part (« Jean-Luc », « O'Neil »), particles after the first name in lower case (« de »,
    /// « d' », « van »). A word typed with capitals of its own (« McBride », « La » in « de La Fontaine ») is kept as typed.
    /// </summary>
    public static string Cased(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var words = name.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var letters = words[w].Where(char.IsLetter).ToList();
            if (!letters.TrueForAll(char.IsLower) && !letters.TrueForAll(char.IsUpper))
            {
                continue;
            }

            words[w] = words[w].ToLower(french);
            if (w > 0 && Particles.Contains(words[w]))
            {
                continue;
            }

            var word = words[w].ToCharArray();
            for (var i = 0; i < word.Length; i++)
            {
                // The start of the word (but « d' » after the first name stays small), of each part after a hyphen, and after an apostrophe.
                var elided = w > 0 && word.Length > 2 && word[0] == 'd' && word[1] == '\'';
                var starts = (i == 0 && !elided) || (i > 0 && word[i - 1] is '-' or '\'');
                if (starts && char.IsLetter(word[i]))
                {
                    word[i] = char.ToUpper(word[i], french);
                }
            }

            words[w] = new string(word);
        }

        return string.Join(' ', words);
    }

    public static string Full(string firstName, string lastName) =>
        string.IsNullOrEmpty(lastName) ? firstName : string.Create(CultureInfo.InvariantCulture, $"{firstName} {lastName}");

    // A letter first; then letters, combining marks, spaces, hyphens and apostrophes.
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\d.*\b(rue|r|av|avenue|bd|boulevard|chemin|ch|place|pl|all[ée]e|impasse|imp|cours|quai|route|rte|square|sq|passage|villa|r[ée]sidence|cit[ée])\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

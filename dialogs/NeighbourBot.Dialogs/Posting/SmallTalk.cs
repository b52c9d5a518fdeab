using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>
/// What a private message that is no listing is, when it is one of the things people say to a bot anyway: a greeting,
/// thanks, a question about how it works, or a request for a recommendation. Each gets its own answer; "je n'ai pas
/// reconnu d'annonce" to a « Bonjour » reads as if the bot had not listened.
/// </summary>
public static partial class SmallTalk
{
    // A greeting or thanks is short: past this many words the message says something else too.
    private const int MaxWords = 7;

    private static readonly FrozenSet<string> GreetingWords = FrozenSet.ToFrozenSet(
        ["bonjour", "bonsoir", "salut", "coucou", "hello", "bjr", "bsr", "slt", "cc", "hey", "re", "yo", "hi", "bonjours"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GreetingFiller = FrozenSet.ToFrozenSet(
        ["a", "tous", "toutes", "tout", "le", "monde", "madame", "monsieur", "la", "compagnie", "voisins", "voisin", "voisine", "les", "bot", "neighbourbot", "ca", "va", "vous", "allez", "comment"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ThanksWords = FrozenSet.ToFrozenSet(["merci", "mrc", "mci", "thanks", "thx", "merchi"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ThanksFiller = FrozenSet.ToFrozenSet(
        ["beaucoup", "bcp", "mille", "fois", "a", "vous", "toi", "infiniment", "encore", "super", "top", "parfait", "ok", "d'accord", "daccord", "genial",
            "bien", "tres", "c'est", "cest", "gentil", "sympa", "bonne", "journee", "soiree", "pour", "tout", "l'aide", "votre", "aide", "et"],
        StringComparer.Ordinal);

    /// <summary>Reads a resident's private message (anything that is not a command).</summary>
    public static SmallTalkKind Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return SmallTalkKind.None;
        }

        if (HowItWorks().IsMatch(folded))
        {
            return SmallTalkKind.HowItWorks;
        }

        if (Recommendation().IsMatch(folded))
        {
            return SmallTalkKind.Recommendation;
        }

        var words = Words().Matches(folded).Select(m => m.Value).ToList();
        if (words.Count is 0 or > MaxWords)
        {
            return SmallTalkKind.None;
        }

        if (words.Exists(ThanksWords.Contains) && words.TrueForAll(w => ThanksWords.Contains(w) || ThanksFiller.Contains(w) || GreetingWords.Contains(w)))
        {
            return SmallTalkKind.Thanks;
        }

        return GreetingWords.Contains(words[0]) && words.TrueForAll(w => GreetingWords.Contains(w) || GreetingFiller.Contains(w))
            ? SmallTalkKind.Greeting
            : SmallTalkKind.None;
    }

    // Letters and apostrophes only: emojis and punctuation say nothing here.
    [GeneratedRegex(@"[a-z][a-z']*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Words();

    // "comment ça marche ?", "c'est quoi ce bot", "que pouvez-vous faire", "aide" alone: questions about the bot itself, short.
    [GeneratedRegex(
        @"^\W*(?=.{0,80}$)(bonjour\W+|salut\W+)?(comment (ca|cela|le bot|ce bot|neighbourbot) (marche|fonctionne)|comment (ca|cela) se passe|comment (on )?(fait|faire) (pour )?(publier|poster|mettre|passer|deposer|faire) (une |des |mon |mes )?annonces?|comment (on )?(publie|publier|poste|poster|utilise|utiliser)\b|comment (on )?(fait|faire)\W*$|c'est quoi (ce bot|ce truc|neighbourbot|ce service)|a quoi (sert|servez|sers|tu sers|vous servez)|qu'est-ce que (tu sais|vous savez|tu peux|vous pouvez) faire|que (sais|savez|peux|pouvez)[ -](tu|vous) faire|(aide|help|au secours|je comprends pas|je ne comprends pas)\W*$)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HowItWorks();

    // "Quelqu'un connaît un bon plombier ?", "vous pouvez me conseiller un garagiste ?", "une adresse à recommander ?"
    [GeneratedRegex(
        @"\b((quelqu'un|qqn|qq1|vous|des voisins)( [a-z]+)? (conna(i|t|it|is|issez|itrait|itriez)|connaissez|recommande(z|rait|riez)?|conseille(z|rait|riez)?) (un|une|des|de) |(me|nous) (conseiller|recommander) (un|une|des) |(un|une|des) (bon|bonne|bons|bonnes) [a-z' -]{3,30}? a (me |nous )?(recommander|conseiller))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Recommendation();
}

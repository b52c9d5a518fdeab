using System.Collections.Frozen;

namespace NeighbourBot.Language.Text;

/// <summary>Reads a French yes/no answer ("oui", "ouais", "ok", "d'accord", "c'est ça", "non", "nan", "pas du tout"…).</summary>
public static class YesNoReader
{
    private static readonly FrozenSet<string> Yes = new[]
    {
        "oui", "ouais", "ouai", "ouii", "ouiii", "wi", "yes", "yep", "ok", "okay", "oki", "okk", "d'accord", "dac", "dacc", "d'acc", "da",
        "c'est ca", "c ca", "cest ca", "c'est bien ca", "exactement", "exact", "tout a fait", "bien sur", "absolument", "parfait",
        "carrement", "volontiers", "vas-y", "vas y", "allez", "go", "bien sur que oui", "oui merci", "ok merci", "oui oui",
        "ca marche", "c'est bon", "c bon", "entendu", "je confirme", "confirme", "valide", "evidemment", "si", "yes merci", "👍", "✅",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> No = new[]
    {
        "non", "nan", "nope", "no", "non merci", "pas du tout", "surtout pas", "absolument pas", "jamais", "pas vraiment",
        "certainement pas", "non non", "nan merci", "pas question", "hors de question", "annule", "annuler", "laisse tomber",
        "c'est pas ca", "ce n'est pas ca", "pas ca", "negatif", "👎", "❌",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static YesNoAnswer Read(string? text)
    {
        var folded = TextNormalizer.Normalize(text).Trim(' ', '.', '!', '?', ',', ';', ':', '…', '"', '\'', ')', '(');
        if (folded.Length == 0 || folded.Length > 60)
        {
            return YesNoAnswer.Unknown;
        }

        if (No.Contains(folded))
        {
            return YesNoAnswer.No;
        }

        if (Yes.Contains(folded))
        {
            return YesNoAnswer.Yes;
        }

        // "oui, c'est ça merci" / "non pas encore": the first word decides when it is unambiguous.
        var first = folded.Split([' ', ',', '.', '!'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
        if (No.Contains(first))
        {
            return YesNoAnswer.No;
        }

        if (first is "oui" or "ouais" or "ok" or "d'accord" or "yes" or "parfait" or "exactement")
        {
            return YesNoAnswer.Yes;
        }

        return YesNoAnswer.Unknown;
    }
}

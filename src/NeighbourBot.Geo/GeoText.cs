using System.Globalization;
using System.Text;

namespace NeighbourBot.Geo;

/// <summary>Folds text for comparison: lower case, no accents, punctuation and dashes as single spaces.</summary>
internal static class GeoText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(FoldLigature(char.ToLowerInvariant(c)));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds and removes every separator: "Toison d'Or" and "toison-d-or" both give "toisondor".</summary>
    public static string Compact(string text) => Fold(text).Replace(" ", "", StringComparison.Ordinal);

    public static string[] Tokens(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string FoldLigature(char c) => c switch
    {
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => c.ToString(),
    };
}

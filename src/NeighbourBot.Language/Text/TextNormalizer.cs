using System.Text;

namespace NeighbourBot.Language.Text;

/// <summary>French text folding for search and matching: lower case, no accents, single spaces.</summary>
public static class TextNormalizer
{
    /// <summary>Lower-cases, strips accents (é→e, œ→oe, ß→ss), turns typographic apostrophes into ' and collapses white space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case 'œ' or 'Œ':
                    sb.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    sb.Append("ae");
                    break;
                case 'ß':
                    sb.Append("ss");
                    break;
                default:
                    sb.Append(Fold(c));
                    break;
            }
        }

        return sb.ToString();
    }

    // Folded forms of the characters above ASCII met so far (0: not yet): char.ToLowerInvariant goes through ICU for
    // them, and an emoji or a non-Latin script repeats the same few characters many times. Racing writers store the same value.
    private static readonly char[] FoldedAboveAscii = new char[char.MaxValue + 1];

    /// <summary>One character folded to lower case without its accent; keeps the length so spans map back to the original.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        var known = FoldedAboveAscii[c];
        if (known != '\0')
        {
            return known;
        }

        known = FoldAboveAscii(c);
        FoldedAboveAscii[c] = known;
        return known;
    }

    private static char FoldAboveAscii(char c)
    {
        return c switch
        {
            'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' or 'À' or 'Â' or 'Ä' or 'Á' or 'Ã' or 'Å' => 'a',
            'ç' or 'Ç' => 'c',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'î' or 'ï' or 'í' or 'ì' or 'Î' or 'Ï' or 'Í' or 'Ì' => 'i',
            'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'Ô' or 'Ö' or 'Ó' or 'Ò' or 'Õ' => 'o',
            'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => 'u',
            'ÿ' or 'Ÿ' => 'y',
            'ñ' or 'Ñ' => 'n',
            'œ' or 'Œ' => 'o',
            'æ' or 'Æ' => 'a',
            '’' or '‘' or 'ʼ' or '´' or '`' => '\'',
            '–' or '—' or '‐' or '‑' => '-',

            // "coussins ×4", "140×190": the multiplication sign is the x typed for it.
            '×' => 'x',

            // Every space ("06 39 98…" typed with no-break, figure or ideographic spaces) is a space; full-width forms
            // ("ｍａｒｉｅ＠ｅｘａｍｐｌｅ．ｏｒｇ") are the ASCII they stand for; digits of other scripts ("٠٦٣٩…") the digits they are.
            _ when char.IsWhiteSpace(c) => ' ',
            _ when c is >= '\uFF01' and <= '\uFF5E' => Fold((char)(c - 0xFEE0)),
            _ when char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Same length as the input, each character folded (see <see cref="Fold"/>); control and invisible characters become spaces.</summary>
    public static string FoldSameLength(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (c < 128)
                {
                    // ASCII, most of every message: no table lookup.
                    span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c < 32 || c == 127 ? ' ' : c;
                    continue;
                }

                span[i] = char.IsControl(c) || IsInvisible(c) ? ' ' : Fold(c);
            }
        });
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u00AD';
}

using System.Text;

namespace NeighbourBot.Geo.Addresses;

/// <summary>Cleans what a resident typed before any lookup, and says when it cannot be an address.</summary>
public static class AddressText
{
    /// <summary>Longer than any real French address line (the postal norm caps a line at 38 characters, six lines).</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Keeps letters, digits, spaces and the punctuation addresses use (<c>, . ' - /</c>); drops control characters,
    /// emojis and other symbols; folds runs of spaces. Returns null when what is left cannot be an address: fewer
    /// than 3 characters, no letter, or longer than <see cref="MaxLength"/>. The geocoder wants at least 3
    /// characters starting with a letter or a digit (it answers 400 otherwise).
    /// </summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(rune.ToString());
            }
            else if (builder.Length > 0 && IsAddressPunctuation(rune.Value))
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(rune.Value == '\u2019' ? '\'' : (char)rune.Value);
            }
            else
            {
                pendingSpace = true;
            }

            if (builder.Length > MaxLength)
            {
                return null;
            }
        }

        var cleaned = builder.ToString().TrimEnd(' ', ',', '-', '/');
        if (cleaned.Length < 3 || !cleaned.Any(char.IsLetter))
        {
            return null;
        }

        return cleaned;
    }

    private static bool IsAddressPunctuation(int value) =>
        value is ',' or '.' or '\'' or '\u2019' or '-' or '/';
}

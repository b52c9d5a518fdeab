using System.Text;

namespace NeighbourBot.Telegram.Sending;

/// <summary>Telegram's HTML parse mode: what must be escaped, and how to keep within its length limits.</summary>
public static class TelegramHtml
{
    /// <summary>Text messages hold 4,096 characters once entities are parsed.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>Photo captions hold 1,024 characters once entities are parsed.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>Escapes the three characters Telegram's HTML mode reserves (https://core.telegram.org/bots/api#html-style).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('<', '>', '&') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary>
    /// Splits plain (unescaped) text into pieces of at most <paramref name="maxLength"/> visible characters,
    /// at a line break when there is one, else at a space, never inside a surrogate pair.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            var cut = window.LastIndexOf('\n');
            if (cut < maxLength / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < maxLength / 2)
            {
                cut = maxLength;
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            parts.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}

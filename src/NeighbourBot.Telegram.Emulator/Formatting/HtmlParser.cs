using System.Globalization;
using System.Text;
using NeighbourBot.Telegram.Emulator.Methods;

namespace NeighbourBot.Telegram.Emulator.Formatting;

/// <summary>
/// Telegram's parse_mode=HTML, rule for rule: the supported tags only, the four named entities plus numeric
/// ones, errors worded (and offsets counted in UTF-8 bytes) as tdlib's parse_html does.
/// </summary>
/// <remarks>https://core.telegram.org/bots/api#html-style; an '&amp;' that starts no known entity stays text, as in tdlib.</remarks>
internal static class HtmlParser
{
    private static readonly HashSet<string> SupportedTags =
    [
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "tg-spoiler", "span",
        "blockquote",
    ];

    public static FormattedText Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var open = new List<OpenTag>();
        var entities = new List<TextEntity>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&' && TryDecodeEntity(html, ref i, text))
            {
                continue;
            }

            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var begin = i;
            if (i + 1 < html.Length && html[i + 1] == '/')
            {
                i = ReadEndTag(html, begin, open, entities, text.Length);
            }
            else
            {
                var (tag, next) = ReadStartTag(html, begin);
                open.Add(tag with { Offset = text.Length });
                i = next;
            }
        }

        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open[^1].Name}\"");
        }

        entities.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return new FormattedText(text.ToString(), entities);
    }

    private static int ReadEndTag(string html, int begin, List<OpenTag> open, List<TextEntity> entities, int textLength)
    {
        if (open.Count == 0)
        {
            throw Error($"Unexpected end tag at byte offset {ByteOffset(html, begin)}");
        }

        var i = begin + 2;
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '>')
        {
            throw Error($"Unclosed end tag at byte offset {ByteOffset(html, begin)}");
        }

        var tag = open[^1];
        if (name.Length > 0 && name != tag.Name)
        {
            throw Error($"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        }

        open.RemoveAt(open.Count - 1);
        var length = textLength - tag.Offset;
        if (tag.Name == "code" && tag.Language is not null && open.Count > 0 && open[^1].Name == "pre")
        {
            // <pre><code class="language-x"> is one pre entity carrying the language.
            open[^1] = open[^1] with { Language = tag.Language };
        }
        else if (length > 0 && EntityFor(tag, length) is { } entity)
        {
            entities.Add(entity);
        }

        return i + 1;
    }

    private static (OpenTag Tag, int Next) ReadStartTag(string html, int begin)
    {
        var i = begin + 1;
        var nameStart = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        if (i >= html.Length)
        {
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (!SupportedTags.Contains(name))
        {
            throw Error($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
        }

        string? url = null;
        string? language = null;
        var spoilerClass = false;
        var expandable = false;
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            }

            if (html[i] == '>')
            {
                break;
            }

            var attributeStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] != '=' && html[i] != '>')
            {
                i++;
            }

            var attribute = html[attributeStart..i].ToLowerInvariant();
            if (attribute.Length == 0)
            {
                throw Error($"Empty attribute name in the tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                if (name == "blockquote" && attribute == "expandable")
                {
                    expandable = true;
                    continue;
                }

                throw Error($"Expected equal sign in declaration of an attribute of the tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            var value = ReadAttributeValue(html, ref i, begin);
            switch (name, attribute)
            {
                case ("a", "href"):
                    url = value;
                    break;
                case ("code", "class") when value.StartsWith("language-", StringComparison.Ordinal):
                    language = value["language-".Length..];
                    break;
                case ("span", "class") when value == "tg-spoiler":
                    spoilerClass = true;
                    break;
                default:
                    break;
            }
        }

        if (name == "span" && !spoilerClass)
        {
            throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, begin)}");
        }

        return (new OpenTag(name, 0, url, language, expandable), i + 1);
    }

    private static string ReadAttributeValue(string html, ref int i, int begin)
    {
        if (i >= html.Length)
        {
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        }

        var value = new StringBuilder();
        var quote = html[i];
        if (quote is '"' or '\'')
        {
            i++;
            while (i < html.Length && html[i] != quote)
            {
                if (html[i] == '&' && TryDecodeEntity(html, ref i, value))
                {
                    continue;
                }

                value.Append(html[i]);
                i++;
            }

            if (i >= html.Length)
            {
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            }

            i++;
            return value.ToString();
        }

        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '.' or '-'))
        {
            value.Append(html[i]);
            i++;
        }

        if (i >= html.Length)
        {
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        }

        return value.ToString();
    }

    private static TextEntity? EntityFor(OpenTag tag, int length)
    {
        var offset = tag.Offset;
        return tag.Name switch
        {
            "b" or "strong" => new TextEntity("bold", offset, length),
            "i" or "em" => new TextEntity("italic", offset, length),
            "u" or "ins" => new TextEntity("underline", offset, length),
            "s" or "strike" or "del" => new TextEntity("strikethrough", offset, length),
            "code" => new TextEntity("code", offset, length),
            "pre" => new TextEntity("pre", offset, length, Language: tag.Language),
            "tg-spoiler" or "span" => new TextEntity("spoiler", offset, length),
            "blockquote" => new TextEntity(tag.Expandable ? "expandable_blockquote" : "blockquote", offset, length),
            "a" when IsValidUrl(tag.Url) => new TextEntity("text_link", offset, length, Url: tag.Url),
            _ => null,
        };
    }

    private static bool IsValidUrl(string? url) =>
        url is not null
        && (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Scheme is "http" or "https" or "tg" : url.Contains('.', StringComparison.Ordinal));

    private static bool TryDecodeEntity(string html, ref int i, StringBuilder into)
    {
        var semicolon = html.IndexOf(';', i);
        if (semicolon < 0 || semicolon - i > 10)
        {
            return false;
        }

        var name = html[(i + 1)..semicolon];
        string? decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ => null,
        };
        if (decoded is null && name.Length > 1 && name[0] == '#')
        {
            var isHex = name[1] is 'x' or 'X';
            var digits = isHex ? name[2..] : name[1..];
            if (int.TryParse(digits, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
            {
                decoded = char.ConvertFromUtf32(code);
            }
        }

        if (decoded is null)
        {
            return false;
        }

        into.Append(decoded);
        i = semicolon + 1;
        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static BotApiException Error(string what) => BotApiException.BadRequest("can't parse entities: " + what);

    private sealed record OpenTag(string Name, int Offset, string? Url, string? Language, bool Expandable);
}

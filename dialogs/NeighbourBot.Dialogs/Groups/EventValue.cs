using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Groups;

/// <summary>Reads the JSON <c>Value</c> of a Telegram event activity (ChannelConventions), trusting nothing.</summary>
public sealed class EventValue
{
    private readonly JObject? _value;

    private EventValue(JObject? value) => _value = value;

    public static EventValue Of(object? value) => new(value switch
    {
        null => null,
        JObject jObject => jObject,
        string json => Parse(json),
        _ => FromObject(value),
    });

    public long? Id(string key) => _value?[key] switch
    {
        JValue { Type: JTokenType.Integer } v => (long)v,
        JValue { Type: JTokenType.String } v when long.TryParse((string?)v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) => id,
        _ => null,
    };

    public string? Text(string key) => _value?[key] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    private static JObject? Parse(string json)
    {
        try
        {
            return JToken.Parse(json) as JObject;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static JObject? FromObject(object value)
    {
        try
        {
            return JToken.FromObject(value) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

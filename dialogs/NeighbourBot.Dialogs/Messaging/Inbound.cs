using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Flows;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Messaging;

/// <summary>Reads what an incoming activity carries, per ChannelConventions, trusting nothing.</summary>
public static partial class Inbound
{
    /// <summary>Telegram's callback_data limit.</summary>
    public const int MaxCallbackBytes = 64;

    public static bool IsPrivate(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        return conversation is not null
            && conversation.IsGroup != true
            && !string.Equals(conversation.ConversationType, ChannelConventions.GroupConversation, StringComparison.Ordinal);
    }

    /// <summary>The sender's numeric user id, or null when absent or not a number.</summary>
    public static long? UserId(IActivity activity) => ParseId(activity?.From?.Id);

    /// <summary>The chat id (conversation id), or null when not a number.</summary>
    public static long? ChatId(IActivity activity) => ParseId(activity?.Conversation?.Id);

    public static string? Unsupported(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var token = (activity as Activity)?.Properties?[ChannelConventions.UnsupportedContentKey];
        return token is null || token.Type == JTokenType.Null ? null : token.ToString();
    }

    public static long? ReplyToUserId(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var token = (activity as Activity)?.Properties?[ChannelConventions.ReplyToUserIdKey];
        return token?.Type switch
        {
            JTokenType.Integer => token.Value<long>(),
            JTokenType.String => ParseId(token.Value<string>()),
            _ => null,
        };
    }

    /// <summary>A button press: <c>{"callback": "...", "messageId": n}</c>, payload ≤ 64 bytes of a known shape.</summary>
    public static CallbackReadResult ReadCallback(IMessageActivity activity, out string payload, out long messageId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        payload = "";
        messageId = 0;
        if (activity.Value is null)
        {
            return CallbackReadResult.None;
        }

        var value = AsObject(activity.Value);
        if (value is null
            || value[ChannelConventions.CallbackValueKey] is not JValue { Type: JTokenType.String } callback
            || value[ChannelConventions.CallbackMessageIdKey] is not JValue { Type: JTokenType.Integer } id)
        {
            return CallbackReadResult.Malformed;
        }

        var text = (string)callback!;
        if (Encoding.UTF8.GetByteCount(text) > MaxCallbackBytes || !PayloadShape().IsMatch(text))
        {
            return CallbackReadResult.Malformed;
        }

        payload = text;
        messageId = (long)id;
        return CallbackReadResult.Valid;
    }

    /// <summary>A shared location entity with sane coordinates, or null.</summary>
    public static SharedLocation? ReadLocation(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entity = activity.Entities?.FirstOrDefault(e =>
            string.Equals(e.Type, ChannelConventions.LocationEntityType, StringComparison.Ordinal));
        var properties = entity?.Properties;
        if (properties is null)
        {
            return null;
        }

        var latitude = Number(properties["latitude"]);
        var longitude = Number(properties["longitude"]);
        if (latitude is not (>= -90 and <= 90) || longitude is not (>= -180 and <= 180))
        {
            return null;
        }

        var live = properties[ChannelConventions.LocationLiveKey] is JValue { Type: JTokenType.Boolean } l && (bool)l!;
        var accuracy = Number(properties[ChannelConventions.LocationAccuracyKey]);
        return new SharedLocation(latitude.Value, longitude.Value, live, accuracy is >= 0 and < 100_000 ? accuracy : null);
    }

    /// <summary>"/cmd@bot arg" → command; null when the text is not a command.</summary>
    public static BotCommand? ReadCommand(string? text)
    {
        var match = CommandShape().Match(text?.Trim() ?? "");
        return match.Success
            ? new BotCommand(match.Groups["name"].Value.ToLowerInvariant(), match.Groups["arg"].Value.Trim())
            : null;
    }

    public static bool LooksLikeCommand(string? text) => text?.TrimStart().StartsWith('/') == true;

    private static JObject? AsObject(object value)
    {
        switch (value)
        {
            case JObject jObject:
                return jObject;
            case string json:
                try
                {
                    return JToken.Parse(json) as JObject;
                }
                catch (JsonReaderException)
                {
                    return null;
                }

            default:
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

    private static double? Number(JToken? token) =>
        token is JValue { Type: JTokenType.Float or JTokenType.Integer } v && double.IsFinite((double)v!) ? (double)v! : null;

    private static long? ParseId(string? text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null;

    // Our own payloads: a short prefix, a colon, then ids/words ("su:pick:2", "mv:ok:AB12CD34").
    [GeneratedRegex("^[a-z]{2,4}:[A-Za-z0-9:_-]{1,58}$", RegexOptions.CultureInvariant)]
    private static partial Regex PayloadShape();

    [GeneratedRegex(@"^/(?<name>[A-Za-z_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+(?<arg>[\s\S]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandShape();
}

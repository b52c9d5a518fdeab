using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>The JSON conventions of the Bot API: snake_case names, absent rather than null.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

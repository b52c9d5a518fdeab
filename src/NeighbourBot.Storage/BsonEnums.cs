using System.Collections.Frozen;
using LiteDB;

namespace NeighbourBot.Storage;

/// <summary>
/// Enums read by hand from documents, by the exact names the mapper writes (<c>EnumAsInteger = false</c>): the light
/// reads of city-wide passes look names up instead of parsing them.
/// </summary>
internal static class BsonEnums
{
    public static T Of<T>(BsonValue value, T fallback)
        where T : struct, Enum =>
        value.IsString && Names<T>.ByName.TryGetValue(value.AsString, out var parsed) ? parsed : fallback;

    /// <summary>The known names of an array, in order (unknown ones skipped); empty when it is not an array.</summary>
    public static IReadOnlyList<T> ListOf<T>(BsonValue value)
        where T : struct, Enum
    {
        if (!value.IsArray || value.AsArray.Count == 0)
        {
            return Array.Empty<T>();
        }

        var list = new List<T>(value.AsArray.Count);
        foreach (var item in value.AsArray)
        {
            if (item.IsString && Names<T>.ByName.TryGetValue(item.AsString, out var parsed))
            {
                list.Add(parsed);
            }
        }

        return list;
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName =
            Enum.GetValues<T>().ToFrozenDictionary(v => v.ToString(), StringComparer.Ordinal);
    }
}

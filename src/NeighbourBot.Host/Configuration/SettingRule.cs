using Microsoft.Extensions.Configuration;

namespace NeighbourBot.Host.Configuration;

/// <summary>One configuration key of the DESIGN contract and how to check its raw value.</summary>
/// <param name="Key">Path below the <c>NeighbourBot</c> section, e.g. <c>Outbox:GlobalPerSecond</c>.</param>
/// <param name="Check">Returns null when the value is fine, else what is expected (e.g. "a whole number from 1 to 30").</param>
/// <param name="IsList">The key holds an array (<c>Key:0</c>, <c>Key:1</c> …).</param>
internal sealed record SettingRule(string Key, Func<string, string?> Check, bool IsList = false)
{
    public IEnumerable<string> Errors(IConfigurationSection root)
    {
        if (IsList)
        {
            foreach (var child in root.GetSection(Key).GetChildren())
            {
                if (child.Value is { } value && Check(value) is { } expected)
                {
                    yield return $"NeighbourBot:{Key}:{child.Key} is '{Shorten(value)}', expected {expected}.";
                }
            }

            yield break;
        }

        var raw = root[Key];
        if (raw is not null && Check(raw) is { } wanted)
        {
            yield return $"NeighbourBot:{Key} is '{Shorten(raw)}', expected {wanted}.";
        }
    }

    // A bad value may be a secret typed in the wrong key: never echo more than a few characters.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..12] + "…";
}

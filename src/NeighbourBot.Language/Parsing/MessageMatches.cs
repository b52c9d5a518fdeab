using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// The match spans of each cue pattern in one folded message, found once per message: the kind rules ask for the same
/// pattern several times (as a cue, as an exclusion of other cues, as a yes/no check), and each run scans the message.
/// One instance per thread, reset for each message.
/// </summary>
internal sealed class MessageMatches
{
    [ThreadStatic]
    private static MessageMatches? perThread;

    private readonly Dictionary<Regex, (int Offset, int Count)> found = new(ReferenceEqualityComparer.Instance);
    private (int Start, int End)[] spans = new (int Start, int End)[64];
    private int used;
    private string text = string.Empty;

    /// <summary>This thread's instance, emptied and set to <paramref name="folded"/>.</summary>
    public static MessageMatches Start(string folded)
    {
        var m = perThread ??= new MessageMatches();
        m.text = folded;
        m.found.Clear();
        m.used = 0;
        return m;
    }

    public string Text => text;

    /// <summary>Where every match of <paramref name="pattern"/> starts and ends, in the order the regex finds them (left to right).</summary>
    public ReadOnlySpan<(int Start, int End)> Of(Regex pattern)
    {
        if (!found.TryGetValue(pattern, out var at))
        {
            var offset = used;
            if (RegexGate.MayMatch(pattern, text))
            {
                foreach (var m in pattern.EnumerateMatches(text))
                {
                    if (used == spans.Length)
                    {
                        Array.Resize(ref spans, spans.Length * 2);
                    }

                    spans[used++] = (m.Index, m.Index + m.Length);
                }
            }

            at = (offset, used - offset);
            found[pattern] = at;
        }

        return spans.AsSpan(at.Offset, at.Count);
    }

    /// <summary>Whether <paramref name="pattern"/> matches anywhere.</summary>
    public bool Has(Regex pattern) => !Of(pattern).IsEmpty;

    /// <summary>Where <paramref name="pattern"/> first and last matches (the start of the first and of the last match).</summary>
    public Cue Cue(Regex pattern)
    {
        var all = Of(pattern);
        return all.IsEmpty ? Parsing.Cue.Missing : new Cue(all[0].Start, all[^1].Start);
    }
}

using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>Where a cue pattern first and last matches in a message (-1 when it does not).</summary>
internal readonly record struct Cue(int First, int Last)
{
    public static readonly Cue Missing = new(-1, -1);

    public bool Found => First >= 0;

    public static Cue Of(Regex[] patterns, string folded)
    {
        var cue = Missing;
        foreach (var pattern in patterns)
        {
            var c = Of(pattern, folded);
            if (c.Found)
            {
                cue = cue.Found ? new Cue(Math.Min(cue.First, c.First), Math.Max(cue.Last, c.Last)) : c;
            }
        }

        return cue;
    }

    public static Cue Of(Regex pattern, string folded)
    {
        if (!RegexGate.MayMatch(pattern, folded))
        {
            return Missing;
        }

        if (pattern.RightToLeft)
        {
            return OfRightToLeft(pattern, folded);
        }

        // Only where the matches start counts: value matches spare a Match object (and its groups) per match.
        var cue = Missing;
        foreach (var m in pattern.EnumerateMatches(folded))
        {
            cue = cue.Found ? cue with { Last = m.Index } : new Cue(m.Index, m.Index);
        }

        return cue;
    }

    private static Cue OfRightToLeft(Regex pattern, string folded)
    {
        var m = pattern.Match(folded);
        if (!m.Success)
        {
            return Missing;
        }

        var first = m.Index;
        var last = m.Index;
        for (m = m.NextMatch(); m.Success; m = m.NextMatch())
        {
            last = m.Index;
        }

        return new Cue(first, last);
    }
}

namespace NeighbourBot.Language.Parsing;

/// <summary>Where a cue pattern first and last matches in a message (-1 when it does not).</summary>
internal readonly record struct Cue(int First, int Last)
{
    public static readonly Cue Missing = new(-1, -1);

    public bool Found => First >= 0;
}

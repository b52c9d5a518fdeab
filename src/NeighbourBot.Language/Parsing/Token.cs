namespace NeighbourBot.Language.Parsing;

/// <summary>A word or punctuation mark of a message: folded form, singular form, and where it sits in the original text.</summary>
internal readonly record struct Token(string Norm, string Sing, int Start, int End, bool IsWord, bool IsNumber, bool Capitalized)
{
    public int Length => End - Start;
}

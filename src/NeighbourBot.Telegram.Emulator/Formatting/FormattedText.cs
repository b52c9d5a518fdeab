namespace NeighbourBot.Telegram.Emulator.Formatting;

/// <summary>Plain text plus its entities: what Telegram stores once it has parsed a formatted message.</summary>
internal sealed record FormattedText(string Text, IReadOnlyList<TextEntity> Entities)
{
    public static FormattedText Plain(string text) => new(text, []);

    /// <summary>Telegram strips leading and trailing white space and moves the entities with the text.</summary>
    public FormattedText Trimmed()
    {
        var start = 0;
        while (start < Text.Length && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        var end = Text.Length;
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        if (start == 0 && end == Text.Length)
        {
            return this;
        }

        var entities = new List<TextEntity>();
        foreach (var entity in Entities)
        {
            var from = Math.Max(entity.Offset, start);
            var to = Math.Min(entity.Offset + entity.Length, end);
            if (to > from)
            {
                entities.Add(entity with { Offset = from - start, Length = to - from });
            }
        }

        return new FormattedText(Text[start..end], entities);
    }
}

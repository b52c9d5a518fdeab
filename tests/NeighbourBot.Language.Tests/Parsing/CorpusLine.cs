namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>One labelled line of a corpus file (shared/corpus/dev.jsonl or the authored set), in SCHEMA.md's record format.</summary>
public sealed record CorpusLine(string Id, string Text, string Kind, IReadOnlyList<string> Items, string Category, int? Quantity, decimal? PriceEur, string? When, bool HasContact)
{
    /// <summary>Frozen before tuning (see Corpus/HOLDOUT.md): dev ids whose number is a multiple of 5.</summary>
    public bool IsHeldOut => Id.StartsWith('d') && int.Parse(Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 5 == 0;

    public static IReadOnlyList<CorpusLine> Load(string fileName = "dev.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", fileName);
        var lines = new List<CorpusLine>();
        foreach (var raw in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            using var doc = System.Text.Json.JsonDocument.Parse(raw);
            var r = doc.RootElement;
            lines.Add(new CorpusLine(
                r.GetProperty("id").GetString()!,
                r.GetProperty("text").GetString()!,
                r.GetProperty("kind").GetString()!,
                r.GetProperty("items").EnumerateArray().Select(e => e.GetString()!).ToList(),
                r.GetProperty("category").GetString()!,
                r.GetProperty("quantity").ValueKind == System.Text.Json.JsonValueKind.Null ? null : r.GetProperty("quantity").GetInt32(),
                r.GetProperty("price_eur").ValueKind == System.Text.Json.JsonValueKind.Null ? null : r.GetProperty("price_eur").GetDecimal(),
                r.GetProperty("when").ValueKind == System.Text.Json.JsonValueKind.Null ? null : r.GetProperty("when").GetString(),
                r.GetProperty("has_contact").GetBoolean()));
        }

        return lines;
    }
}

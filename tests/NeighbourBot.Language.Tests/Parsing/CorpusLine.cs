namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>One labelled line of a corpus file (shared/corpus/dev.jsonl or the authored set), in SCHEMA.md's record format.</summary>
public sealed record CorpusLine(string Id, string Text, string Kind, IReadOnlyList<string> Items, string Category, int? Quantity, decimal? PriceEur, string? When, bool HasContact)
{
    /// <summary>Frozen before tuning (see Corpus/HOLDOUT.md): dev ids whose number is a multiple of 5.</summary>
    public bool IsHeldOut => Id.StartsWith('d') && int.Parse(Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 5 == 0;

    /// <summary>The sets the parser was tuned on and the kind model learns from; the reserve sets stay out (CorpusEvaluationTests.ReserveSets).</summary>
    public static IReadOnlyList<string> TuningSets { get; } =
        ["authored.jsonl", "authored2.jsonl", "authored3.jsonl", "authored4.jsonl", "authored5.jsonl", "authored6.jsonl", "authored7.jsonl", "authored8.jsonl", "authored9.jsonl",
         "authored12.jsonl", "authored13.jsonl", "authored14.jsonl", "authored15.jsonl", "authored16.jsonl", "authored17.jsonl", "authored18.jsonl", "authored19.jsonl", "authored20.jsonl", "authored22.jsonl", "authored25.jsonl", "authored26.jsonl", "authored28.jsonl", "authored31.jsonl", "authored32.jsonl", "authored33.jsonl", "authored35.jsonl", "authored36.jsonl", "authored38.jsonl", "authored39.jsonl", "authored40.jsonl", "authored41.jsonl", "authored43.jsonl", "authored44.jsonl", "authored45.jsonl", "authored46.jsonl", "authored47.jsonl", "authored48.jsonl", "authored49.jsonl", "authored50.jsonl", "authored51.jsonl", "authored52.jsonl", "authored53.jsonl", "authored54.jsonl", "authored55.jsonl", "authored56.jsonl", "authored57.jsonl", "authored58.jsonl", "authored59.jsonl", "authored60.jsonl", "authored61.jsonl", "authored62.jsonl", "authored63.jsonl", "authored64.jsonl", "authored65.jsonl", "authored66.jsonl", "authored67.jsonl", "authored68.jsonl", "authored69.jsonl", "authored70.jsonl", "authored71.jsonl", "authored72.jsonl", "authored73.jsonl", "authored74.jsonl", "authored75.jsonl", "authored76.jsonl", "authored77.jsonl", "authored78.jsonl", "authored79.jsonl", "authored80.jsonl", "authored81.jsonl"];

    /// <summary>Every tuning line: the dev corpus without its held-out fifth, and the tuning sets.</summary>
    public static IEnumerable<CorpusLine> LoadTuning() => Load().Where(l => !l.IsHeldOut).Concat(TuningSets.SelectMany(set => Load(set)));

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

using System.Globalization;
using System.Text;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// The issue's metrics over a set of labelled lines (accents, case, articles and a plural s ignored throughout).
/// </summary>
public sealed record CorpusScores(
    int Lines,
    double KindAccuracy,
    double KindMacroF1,
    double ItemHit,
    double ItemTokenF1,
    double CategoryAccuracy,
    double QuantityExactLabelled,
    double QuantityExactListings,
    double PriceExactLabelled,
    double PriceExactListings,
    double WhenF1,
    double ContactRecall,
    double ContactPrecision,
    IReadOnlyList<string> Mismatches)
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "a", "au", "aux", "en", "pour", "le", "la", "les", "l", "un", "une", "et", "ou", "avec", "sur", "vers",
    };

    public static CorpusScores Compute(IReadOnlyList<CorpusLine> lines, IListingParser parser)
    {
        var kinds = Enum.GetValues<ListingKind>().Select(ListingVocabulary.ToWire).ToArray();
        var tp = kinds.ToDictionary(k => k, _ => 0);
        var fp = kinds.ToDictionary(k => k, _ => 0);
        var fn = kinds.ToDictionary(k => k, _ => 0);
        int kindOk = 0, catOk = 0, listings = 0, hits = 0, qLab = 0, qLabOk = 0, qAllOk = 0, pLab = 0, pLabOk = 0, pAllOk = 0;
        int wTp = 0, wFp = 0, wFn = 0, cTp = 0, cFp = 0, cFn = 0;
        double tokenF1 = 0;
        var mismatches = new List<string>();
        foreach (var line in lines)
        {
            var p = parser.Parse(line.Text);
            var kind = ListingVocabulary.ToWire(p.Kind);
            var category = ListingVocabulary.ToWire(p.Category);
            var notes = new List<string>();
            if (kind == line.Kind)
            {
                kindOk++;
                tp[kind]++;
            }
            else
            {
                fp[kind]++;
                fn[line.Kind]++;
                notes.Add($"kind {kind}≠{line.Kind}");
            }

            if (category == line.Category)
            {
                catOk++;
            }
            else
            {
                notes.Add($"cat {category}≠{line.Category}");
            }

            if (line.Kind != "none")
            {
                listings++;
                var predicted = p.Items.Select(Content).Where(c => c.Count > 0).ToList();
                var gold = line.Items.Select(Content).Where(c => c.Count > 0).ToList();
                var hit = predicted.Any(pi => gold.Any(gi => gi.Contains(pi[0]) || pi.Contains(gi[0])));
                if (hit)
                {
                    hits++;
                }

                var pSet = predicted.SelectMany(x => x).ToHashSet(StringComparer.Ordinal);
                var gSet = gold.SelectMany(x => x).ToHashSet(StringComparer.Ordinal);
                var common = pSet.Count(gSet.Contains);
                var f1 = pSet.Count == 0 || gSet.Count == 0 || common == 0 ? 0 : 2.0 * common / (pSet.Count + gSet.Count);
                tokenF1 += f1;
                if (f1 < 0.99)
                {
                    notes.Add($"items [{string.Join(", ", p.Items)}]≠[{string.Join(", ", line.Items)}]");
                }

                if (line.Quantity is not null)
                {
                    qLab++;
                    qLabOk += p.Quantity == line.Quantity ? 1 : 0;
                }

                qAllOk += p.Quantity == line.Quantity ? 1 : 0;
                if (p.Quantity != line.Quantity)
                {
                    notes.Add($"qty {p.Quantity}≠{line.Quantity}");
                }

                if (line.PriceEur is not null)
                {
                    pLab++;
                    pLabOk += p.PriceEur == line.PriceEur ? 1 : 0;
                }

                pAllOk += p.PriceEur == line.PriceEur ? 1 : 0;
                if (p.PriceEur != line.PriceEur)
                {
                    notes.Add($"price {p.PriceEur}≠{line.PriceEur}");
                }
            }

            var whenMatch = p.When is not null && line.When is not null && Words(p.When).Overlaps(Words(line.When));
            if (whenMatch)
            {
                wTp++;
            }
            else
            {
                wFp += p.When is null ? 0 : 1;
                wFn += line.When is null ? 0 : 1;
            }

            if (p.When != line.When)
            {
                notes.Add($"when '{p.When}'≠'{line.When}'");
            }

            if (p.HasContact && line.HasContact)
            {
                cTp++;
            }
            else if (p.HasContact)
            {
                cFp++;
                notes.Add("contact FP");
            }
            else if (line.HasContact)
            {
                cFn++;
                notes.Add("contact FN");
            }

            if (notes.Count > 0)
            {
                mismatches.Add($"{line.Id} {string.Join(" | ", notes)} :: {line.Text}");
            }
        }

        var f1s = kinds.Where(k => tp[k] + fn[k] > 0).Select(k =>
        {
            var precision = tp[k] + fp[k] == 0 ? 0 : (double)tp[k] / (tp[k] + fp[k]);
            var recall = (double)tp[k] / (tp[k] + fn[k]);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).ToList();
        double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
        var wP = Ratio(wTp, wTp + wFp);
        var wR = Ratio(wTp, wTp + wFn);
        return new CorpusScores(
            lines.Count,
            Ratio(kindOk, lines.Count),
            f1s.Average(),
            Ratio(hits, listings),
            listings == 0 ? 1 : tokenF1 / listings,
            Ratio(catOk, lines.Count),
            Ratio(qLabOk, qLab),
            Ratio(qAllOk, listings),
            Ratio(pLabOk, pLab),
            Ratio(pAllOk, listings),
            wP + wR == 0 ? 0 : 2 * wP * wR / (wP + wR),
            Ratio(cTp, cTp + cFn),
            Ratio(cTp, cTp + cFp),
            mismatches);
    }

    public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name} ({Lines} lines): kind acc {KindAccuracy:F3}, kind macro-F1 {KindMacroF1:F3}, item hit {ItemHit:F3}, item token F1 {ItemTokenF1:F3}, " +
        $"category acc {CategoryAccuracy:F3}, quantity exact {QuantityExactLabelled:F3} labelled / {QuantityExactListings:F3} listings, " +
        $"price exact {PriceExactLabelled:F3} labelled / {PriceExactListings:F3} listings, when F1 {WhenF1:F3}, contact recall {ContactRecall:F3} precision {ContactPrecision:F3}");

    private static List<string> Content(string phrase)
    {
        var words = TextNormalizer.Normalize(phrase).Split([' ', '\'', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        foreach (var w in words)
        {
            if (Stop.Contains(w))
            {
                continue;
            }

            result.Add(w.Length > 3 && w.EndsWith('s') ? w[..^1] : w);
        }

        return result;
    }

    private static HashSet<string> Words(string span)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var w in TextNormalizer.Normalize(span).Split([' ', '\'', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Stop.Contains(w))
            {
                set.Add(w);
            }
        }

        return set;
    }
}

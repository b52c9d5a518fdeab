using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Language.Parsing;
using Xunit.Abstractions;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// The acceptance figures over the labelled corpus: thresholds on the dev part, honest floors on the held-out fifth
/// and on three sets written by other hands (Corpus/authored.jsonl, authored2.jsonl, authored3.jsonl).
/// </summary>
public sealed class CorpusEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<(CorpusScores Dev, CorpusScores HeldOut, CorpusScores Authored, CorpusScores Authored2, CorpusScores Authored3)> Scores = new(() =>
    {
        var parser = new FrenchListingParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared);
        var lines = CorpusLine.Load();
        var dev = CorpusScores.Compute(lines.Where(l => !l.IsHeldOut).ToList(), parser);
        var heldOut = CorpusScores.Compute(lines.Where(l => l.IsHeldOut).ToList(), parser);
        var authored = CorpusScores.Compute(CorpusLine.Load("authored.jsonl"), parser);
        var authored2 = CorpusScores.Compute(CorpusLine.Load("authored2.jsonl"), parser);
        var authored3 = CorpusScores.Compute(CorpusLine.Load("authored3.jsonl"), parser);
        var dump = Environment.GetEnvironmentVariable("NB_EVAL_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            // Only the dev part's and the authored set's mismatches are ever written out: the held-out lines stay unseen.
            File.WriteAllLines(dump, dev.Mismatches);
            File.WriteAllLines(dump + ".authored", authored.Mismatches);
            File.WriteAllLines(dump + ".authored2", authored2.Mismatches);
            File.WriteAllLines(dump + ".authored3", authored3.Mismatches);
        }

        return (dev, heldOut, authored, authored2, authored3);
    });

    [Fact]
    public void The_dev_part_of_the_corpus_meets_every_threshold()
    {
        var dev = Scores.Value.Dev;
        output.WriteLine(dev.Describe("dev"));
        output.WriteLine(Scores.Value.HeldOut.Describe("held-out"));
        output.WriteLine(Scores.Value.Authored.Describe("authored"));
        output.WriteLine(Scores.Value.Authored2.Describe("authored2"));
        output.WriteLine(Scores.Value.Authored3.Describe("authored3"));

        // The thresholds themselves.
        AssertAtLeast(dev, new CorpusFloors(
            Kind: 0.95, KindMacroF1: 0.92, ItemHit: 0.92, ItemTokenF1: 0.80, Category: 0.90, QuantityListings: 0.95, PriceListings: 0.95, When: 0.90,
            ContactPrecision: 0.95, QuantityLabelled: 0.95, PriceLabelled: 0.95));
    }

    [Fact]
    public void The_held_out_fifth_stays_above_honest_floors()
    {
        // Floors just under the figures measured on 2026-11-26 after the third generalisation pass (kind 0.869, item hit 0.861,
        // item token F1 0.808, category 0.845, quantity 0.944, when F1 0.833; before it: item hit 0.833, token F1 0.775; before the
        // second: kind 0.857, item hit 0.806, when F1 0.814): the held-out fifth does not reach the dev thresholds yet, and must not slide back.
        var heldOut = Scores.Value.HeldOut;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(heldOut.Describe("held-out"));
        output.WriteLine(Scores.Value.Authored.Describe("authored"));

        AssertAtLeast(heldOut, new CorpusFloors(Kind: 0.86, KindMacroF1: 0.85, ItemHit: 0.85, ItemTokenF1: 0.80, Category: 0.83, QuantityListings: 0.94, PriceListings: 0.97, When: 0.82, ContactPrecision: 0.95));
    }

    [Fact]
    public void The_authored_set_written_before_the_parser_saw_it_stays_above_honest_floors()
    {
        var authored = Scores.Value.Authored;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(authored.Describe("authored"));

        // Written before the parser first ran on it (see Corpus/AUTHORED.md), then used for tuning: floors a little under the measured figures.
        AssertAtLeast(authored, new CorpusFloors(Kind: 0.95, KindMacroF1: 0.95, ItemHit: 0.92, ItemTokenF1: 0.85, Category: 0.96, QuantityListings: 0.97, PriceListings: 0.97, When: 0.96, ContactPrecision: 0.95));
    }

    [Fact]
    public void The_second_authored_set_stays_above_honest_floors()
    {
        var authored2 = Scores.Value.Authored2;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(authored2.Describe("authored2"));

        // First score, before the parser was tuned on it (see Corpus/AUTHORED2.md): kind 0.919, item hit 0.868, category 0.915,
        // when F1 0.938. It was then used for tuning: floors a little under the figures measured afterwards (kind 0.992, item hit 0.917).
        AssertAtLeast(authored2, new CorpusFloors(Kind: 0.97, KindMacroF1: 0.97, ItemHit: 0.90, ItemTokenF1: 0.82, Category: 0.95, QuantityListings: 0.98, PriceListings: 0.98, When: 0.95, ContactPrecision: 0.95));
    }

    [Fact]
    public void The_third_authored_set_stays_above_honest_floors()
    {
        var authored3 = Scores.Value.Authored3;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(authored3.Describe("authored3"));

        // First score, before the parser was tuned on it (see Corpus/AUTHORED3.md): kind 0.970, item hit 0.911, category 0.925,
        // when F1 0.954. It was then used for tuning: floors a little under the figures measured afterwards (kind 1.000, item hit 0.950).
        AssertAtLeast(authored3, new CorpusFloors(Kind: 0.98, KindMacroF1: 0.98, ItemHit: 0.93, ItemTokenF1: 0.87, Category: 0.96, QuantityListings: 0.98, PriceListings: 0.98, When: 0.96, ContactPrecision: 0.95));
    }

    /// <summary>Each figure at or above its floor, contact recall exactly 1, and a message naming the figure that fell short.</summary>
    private static void AssertAtLeast(CorpusScores scores, CorpusFloors floors)
    {
        Assert.True(scores.KindAccuracy >= floors.Kind, $"kind accuracy {scores.KindAccuracy:F3}");
        Assert.True(scores.KindMacroF1 >= floors.KindMacroF1, $"kind macro-F1 {scores.KindMacroF1:F3}");
        Assert.True(scores.ItemHit >= floors.ItemHit, $"item hit {scores.ItemHit:F3}");
        Assert.True(scores.ItemTokenF1 >= floors.ItemTokenF1, $"item token F1 {scores.ItemTokenF1:F3}");
        Assert.True(scores.CategoryAccuracy >= floors.Category, $"category accuracy {scores.CategoryAccuracy:F3}");
        Assert.True(scores.QuantityExactLabelled >= floors.QuantityLabelled, $"quantity where labelled {scores.QuantityExactLabelled:F3}");
        Assert.True(scores.QuantityExactListings >= floors.QuantityListings, $"quantity {scores.QuantityExactListings:F3}");
        Assert.True(scores.PriceExactLabelled >= floors.PriceLabelled, $"price where labelled {scores.PriceExactLabelled:F3}");
        Assert.True(scores.PriceExactListings >= floors.PriceListings, $"price {scores.PriceExactListings:F3}");
        Assert.True(scores.WhenF1 >= floors.When, $"when F1 {scores.WhenF1:F3}");
        Assert.Equal(1.0, scores.ContactRecall);
        Assert.True(scores.ContactPrecision >= floors.ContactPrecision, $"contact precision {scores.ContactPrecision:F3}");
    }

    private sealed record CorpusFloors(
        double Kind,
        double KindMacroF1,
        double ItemHit,
        double ItemTokenF1,
        double Category,
        double QuantityListings,
        double PriceListings,
        double When,
        double ContactPrecision,
        double QuantityLabelled = 0,
        double PriceLabelled = 0);
}

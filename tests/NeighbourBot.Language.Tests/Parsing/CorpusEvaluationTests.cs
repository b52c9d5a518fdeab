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

        Assert.True(dev.KindAccuracy >= 0.95, $"kind accuracy {dev.KindAccuracy:F3}");
        Assert.True(dev.KindMacroF1 >= 0.92, $"kind macro-F1 {dev.KindMacroF1:F3}");
        Assert.True(dev.ItemHit >= 0.92, $"item hit {dev.ItemHit:F3}");
        Assert.True(dev.ItemTokenF1 >= 0.80, $"item token F1 {dev.ItemTokenF1:F3}");
        Assert.True(dev.CategoryAccuracy >= 0.90, $"category accuracy {dev.CategoryAccuracy:F3}");
        Assert.True(dev.QuantityExactLabelled >= 0.95 && dev.QuantityExactListings >= 0.95, $"quantity {dev.QuantityExactLabelled:F3}/{dev.QuantityExactListings:F3}");
        Assert.True(dev.PriceExactLabelled >= 0.95 && dev.PriceExactListings >= 0.95, $"price {dev.PriceExactLabelled:F3}/{dev.PriceExactListings:F3}");
        Assert.True(dev.WhenF1 >= 0.90, $"when F1 {dev.WhenF1:F3}");
        Assert.Equal(1.0, dev.ContactRecall);
        Assert.True(dev.ContactPrecision >= 0.95, $"contact precision {dev.ContactPrecision:F3}");
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

        Assert.True(heldOut.KindAccuracy >= 0.86, $"kind accuracy {heldOut.KindAccuracy:F3}");
        Assert.True(heldOut.KindMacroF1 >= 0.85, $"kind macro-F1 {heldOut.KindMacroF1:F3}");
        Assert.True(heldOut.ItemHit >= 0.85, $"item hit {heldOut.ItemHit:F3}");
        Assert.True(heldOut.ItemTokenF1 >= 0.80, $"item token F1 {heldOut.ItemTokenF1:F3}");
        Assert.True(heldOut.CategoryAccuracy >= 0.83, $"category accuracy {heldOut.CategoryAccuracy:F3}");
        Assert.True(heldOut.QuantityExactListings >= 0.94, $"quantity {heldOut.QuantityExactListings:F3}");
        Assert.True(heldOut.PriceExactListings >= 0.97, $"price {heldOut.PriceExactListings:F3}");
        Assert.True(heldOut.WhenF1 >= 0.82, $"when F1 {heldOut.WhenF1:F3}");
        Assert.Equal(1.0, heldOut.ContactRecall);
        Assert.True(heldOut.ContactPrecision >= 0.95, $"contact precision {heldOut.ContactPrecision:F3}");
    }

    [Fact]
    public void The_authored_set_written_before_the_parser_saw_it_stays_above_honest_floors()
    {
        var authored = Scores.Value.Authored;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(authored.Describe("authored"));

        // Written before the parser first ran on it (see Corpus/AUTHORED.md), then used for tuning: floors a little under the measured figures.
        Assert.True(authored.KindAccuracy >= 0.95, $"kind accuracy {authored.KindAccuracy:F3}");
        Assert.True(authored.KindMacroF1 >= 0.95, $"kind macro-F1 {authored.KindMacroF1:F3}");
        Assert.True(authored.ItemHit >= 0.92, $"item hit {authored.ItemHit:F3}");
        Assert.True(authored.ItemTokenF1 >= 0.85, $"item token F1 {authored.ItemTokenF1:F3}");
        Assert.True(authored.CategoryAccuracy >= 0.96, $"category accuracy {authored.CategoryAccuracy:F3}");
        Assert.True(authored.QuantityExactListings >= 0.97, $"quantity {authored.QuantityExactListings:F3}");
        Assert.True(authored.PriceExactListings >= 0.97, $"price {authored.PriceExactListings:F3}");
        Assert.True(authored.WhenF1 >= 0.96, $"when F1 {authored.WhenF1:F3}");
        Assert.Equal(1.0, authored.ContactRecall);
        Assert.True(authored.ContactPrecision >= 0.95, $"contact precision {authored.ContactPrecision:F3}");
    }

    [Fact]
    public void The_second_authored_set_stays_above_honest_floors()
    {
        var authored2 = Scores.Value.Authored2;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(authored2.Describe("authored2"));

        // First score, before the parser was tuned on it (see Corpus/AUTHORED2.md): kind 0.919, item hit 0.868, category 0.915,
        // when F1 0.938. It was then used for tuning: floors a little under the figures measured afterwards (kind 0.992, item hit 0.917).
        Assert.True(authored2.KindAccuracy >= 0.97, $"kind accuracy {authored2.KindAccuracy:F3}");
        Assert.True(authored2.KindMacroF1 >= 0.97, $"kind macro-F1 {authored2.KindMacroF1:F3}");
        Assert.True(authored2.ItemHit >= 0.90, $"item hit {authored2.ItemHit:F3}");
        Assert.True(authored2.ItemTokenF1 >= 0.82, $"item token F1 {authored2.ItemTokenF1:F3}");
        Assert.True(authored2.CategoryAccuracy >= 0.95, $"category accuracy {authored2.CategoryAccuracy:F3}");
        Assert.True(authored2.QuantityExactListings >= 0.98, $"quantity {authored2.QuantityExactListings:F3}");
        Assert.True(authored2.PriceExactListings >= 0.98, $"price {authored2.PriceExactListings:F3}");
        Assert.True(authored2.WhenF1 >= 0.95, $"when F1 {authored2.WhenF1:F3}");
        Assert.Equal(1.0, authored2.ContactRecall);
        Assert.True(authored2.ContactPrecision >= 0.95, $"contact precision {authored2.ContactPrecision:F3}");
    }

    [Fact]
    public void The_third_authored_set_stays_above_honest_floors()
    {
        var authored3 = Scores.Value.Authored3;
        output.WriteLine(Scores.Value.Dev.Describe("dev"));
        output.WriteLine(authored3.Describe("authored3"));

        // First score, before the parser was tuned on it (see Corpus/AUTHORED3.md): kind 0.970, item hit 0.911, category 0.925,
        // when F1 0.954. It was then used for tuning: floors a little under the figures measured afterwards (kind 1.000, item hit 0.950).
        Assert.True(authored3.KindAccuracy >= 0.98, $"kind accuracy {authored3.KindAccuracy:F3}");
        Assert.True(authored3.KindMacroF1 >= 0.98, $"kind macro-F1 {authored3.KindMacroF1:F3}");
        Assert.True(authored3.ItemHit >= 0.93, $"item hit {authored3.ItemHit:F3}");
        Assert.True(authored3.ItemTokenF1 >= 0.87, $"item token F1 {authored3.ItemTokenF1:F3}");
        Assert.True(authored3.CategoryAccuracy >= 0.96, $"category accuracy {authored3.CategoryAccuracy:F3}");
        Assert.True(authored3.QuantityExactListings >= 0.98, $"quantity {authored3.QuantityExactListings:F3}");
        Assert.True(authored3.PriceExactListings >= 0.98, $"price {authored3.PriceExactListings:F3}");
        Assert.True(authored3.WhenF1 >= 0.96, $"when F1 {authored3.WhenF1:F3}");
        Assert.Equal(1.0, authored3.ContactRecall);
        Assert.True(authored3.ContactPrecision >= 0.95, $"contact precision {authored3.ContactPrecision:F3}");
    }
}

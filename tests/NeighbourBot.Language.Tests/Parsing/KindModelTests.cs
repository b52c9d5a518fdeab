using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>The kind model that may overrule the rules: what it learns from, when it speaks, and that the parser listens only then.</summary>
public sealed class KindModelTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_shipped_model_never_learns_from_the_held_out_fifth_or_the_reserve_sets()
    {
        var training = KindModel.ShippedExamples();
        var heldOut = CorpusLine.Load().Where(l => l.IsHeldOut).Select(l => l.Text.ReplaceLineEndings(" ")).ToHashSet(StringComparer.Ordinal);

        // The sets kept in reserve (CorpusEvaluationTests.ReserveSets) stay unseen too; every set repeats the schema's
        // empty bot commands ("/annonce", "stop", "je veux vendre"), which are no message of their own. A tuning line that happens to
        // read exactly like a reserve line (one did, a 39-character question) is left out of training, as one shared with the held-out fifth is.
        var reserve = CorpusEvaluationTests.ReserveSets.SelectMany(set => CorpusLine.Load(set + ".jsonl")).Select(l => l.Text.ReplaceLineEndings(" ")).Where(t => t.Length > 20).ToHashSet(StringComparer.Ordinal);
        var tuning = CorpusLine.LoadTuning()
            .Where(l => !heldOut.Contains(l.Text.ReplaceLineEndings(" ")) && !reserve.Contains(l.Text.ReplaceLineEndings(" ")))
            .Select(l => l.Kind + "\t" + l.Text.ReplaceLineEndings(" "))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Retraining after a set joins CorpusLine.TuningSets: the README's command writes the file this spec expects (one line
        // a message: a copy-pasted ad's line breaks are spaces, which the model reads alike).
        if (Environment.GetEnvironmentVariable("NB_WRITE_KIND_TRAINING") is { Length: > 0 } target)
        {
            File.WriteAllLines(target, tuning);
        }

        Assert.Equal(84, heldOut.Count);

        // Counted, not listed: a failure must not print held-out lines.
        Assert.Equal(0, training.Count(e => heldOut.Contains(e.Text)));

        Assert.Equal(0, training.Count(e => reserve.Contains(e.Text)));

        // Exactly the labelled tuning lines of every set, with their labels (a text an authored set shares with the held-out fifth or a
        // reserve set is left out).
        Assert.Equal(tuning, training.Select(e => ListingVocabulary.ToWire(e.Kind) + "\t" + e.Text).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void The_model_overrules_a_kind_only_with_one_far_likelier()
    {
        var model = KindModel.Train(Examples());

        Assert.Equal(ListingKind.Give, model.Overrule(Fold("je donne une lampe de bureau"), ListingKind.Lost));
        Assert.Equal(ListingKind.Lost, model.Overrule(Fold("perdu mon chat roux hier soir"), ListingKind.Give));

        // Agreeing with the rules changes nothing.
        Assert.Null(model.Overrule(Fold("je donne une lampe de bureau"), ListingKind.Give));

        // Words the model never saw, or as much of one kind as of another, leave the decision to the rules.
        Assert.Null(model.Overrule(Fold("bonjour à tous"), ListingKind.Give));
        Assert.Null(model.Overrule(string.Empty, ListingKind.Lost));

        // A kind the model never learnt (no sale among its examples) is not one it can weigh.
        Assert.Null(model.Overrule(Fold("je donne une lampe de bureau"), ListingKind.Sell));
    }

    [Fact]
    public void The_parser_follows_the_model_only_when_it_is_sure()
    {
        var model = KindModel.Train(Examples());
        var withModel = new FrenchListingParser(Clock, null, FaultsFailTestsLogger<FrenchListingParser>.Instance, model);
        var rulesOnly = new FrenchListingParser(Clock, null, FaultsFailTestsLogger<FrenchListingParser>.Instance, kindModel: null);

        // The rules read a gift (nothing names a loss); the model, trained on "perdu … roux", is sure of a loss.
        const string text = "perdu chat roux, je donne une récompense";
        Assert.Equal(ListingKind.Lost, withModel.Parse(text).Kind);
        Assert.NotEqual(ListingKind.Lost, rulesOnly.Parse("chat roux, je donne une récompense").Kind);

        // Where the model is unsure, both parsers agree with the rules.
        const string plain = "Vends vélo enfant 30 €";
        Assert.Equal(rulesOnly.Parse(plain).Kind, withModel.Parse(plain).Kind);
        Assert.Equal(ListingKind.Sell, withModel.Parse(plain).Kind);
    }

    [Fact]
    public void A_stated_price_keeps_a_sale_whatever_the_model_says()
    {
        var model = TrainWith(("qui veut mon ancien {0} ?", ListingKind.Give), ("vends grand {0} pas cher", ListingKind.Sell));
        var withModel = new FrenchListingParser(Clock, null, FaultsFailTestsLogger<FrenchListingParser>.Instance, model);

        // The model, which never saw an amount, would make a gift of the priced message too: the parser does not let it.
        Assert.Equal(ListingKind.Give, model.Overrule(Fold("qui veut mon ancien vélo ?"), ListingKind.Sell));
        Assert.Equal(ListingKind.Give, model.Overrule(Fold("qui veut mon ancien vélo ? 40 €"), ListingKind.Sell));
        Assert.Equal(ListingKind.Give, withModel.Parse("Qui veut mon ancien vélo ?").Kind);
        Assert.Equal(ListingKind.Sell, withModel.Parse("Qui veut mon ancien vélo ? 40 €").Kind);
    }

    [Fact]
    public void No_stated_amount_keeps_the_model_from_making_a_sale()
    {
        var model = TrainWith(("à saisir mon ancien {0}", ListingKind.Sell), ("qui veut un {0} gratuit", ListingKind.Give));
        var withModel = new FrenchListingParser(Clock, null, FaultsFailTestsLogger<FrenchListingParser>.Instance, model);
        var rulesOnly = new FrenchListingParser(Clock, null, FaultsFailTestsLogger<FrenchListingParser>.Instance, kindModel: null);

        // The model would make a sale of both; only the priced message is one.
        Assert.Equal(ListingKind.Sell, model.Overrule(Fold("à saisir mon ancien vélo, je donne"), ListingKind.Give));
        Assert.Equal(rulesOnly.Parse("À saisir mon ancien vélo, je donne").Kind, withModel.Parse("À saisir mon ancien vélo, je donne").Kind);
        Assert.Equal(ListingKind.Sell, withModel.Parse("À saisir mon ancien vélo, je donne, 40 €").Kind);
    }

    [Fact]
    public void A_loan_offered_in_the_first_person_stays_a_loan_whatever_the_model_says()
    {
        var model = TrainWith(("si vous partez en vacances je peux arroser vos plantes et garder votre {0}", ListingKind.HelpOffer), ("je prête mon {0}", ListingKind.Lend));
        var withModel = new FrenchListingParser(Clock, null, FaultsFailTestsLogger<FrenchListingParser>.Instance, model);

        // The model hears a service in "si vous partez…"; the rules read the loan, and the parser keeps it.
        Assert.Equal(ListingKind.HelpOffer, model.Overrule(Fold("si vous partez en vacances, je peux vous preter ma valise"), ListingKind.Lend));
        Assert.Equal(ListingKind.Lend, withModel.Parse("Si vous partez en vacances, je peux vous prêter ma valise").Kind);
        Assert.Equal(ListingKind.HelpOffer, withModel.Parse("Si vous partez en vacances, je peux arroser vos plantes").Kind);
    }

    [Fact]
    public void A_hostile_message_is_read_by_the_model_without_harm()
    {
        var model = KindModel.Default;
        var long10k = string.Concat(Enumerable.Repeat("donne 12 perdu ? € ", 600));
        var words = new string('a', 5000);

        Assert.True(model.Vocabulary > 1000);
        _ = model.Overrule(Fold(long10k), ListingKind.Give);
        _ = model.Overrule(Fold(words + " " + words), ListingKind.None);
        _ = model.Overrule(Fold("\u202Eحرف 🎉🎉 <b>x</b> \0\u0001"), ListingKind.Lost);
    }

    private static string Fold(string text) => NeighbourBot.Language.Text.TextNormalizer.FoldSameLength(text);

    /// <summary>The toy examples, plus each pattern filled with five things.</summary>
    private static KindModel TrainWith(params (string Pattern, ListingKind Kind)[] patterns)
    {
        string[] things = ["lampe", "table", "chaise", "vélo", "livre"];
        return KindModel.Train(Examples().Concat(patterns.SelectMany(p => things.Select(t => (string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Pattern, t), p.Kind)))));
    }

    private static IEnumerable<(string, ListingKind)> Examples()
    {
        string[] things = ["lampe", "table", "chaise", "vélo", "livre", "manteau", "poussette", "four", "tapis", "miroir"];
        foreach (var thing in things)
        {
            yield return ($"je donne une {thing}", ListingKind.Give);
            yield return ($"je donne un {thing} de bureau", ListingKind.Give);
            yield return ($"perdu mon {thing} roux hier soir", ListingKind.Lost);
            yield return ($"perdu chat roux près du {thing}", ListingKind.Lost);
        }
    }
}

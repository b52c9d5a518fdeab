using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;

namespace NeighbourBot.Language.Tests;

/// <summary>
/// The Recognizers return empty results, without any error, when one of their runtime dependencies is
/// missing (build/BotFramework.props references their DLLs by hand): these tests catch that.
/// </summary>
public sealed class RecognizersSmokeTests
{
    [Fact]
    public void French_currency_model_reads_30_euros()
    {
        var results = NumberWithUnitRecognizer.RecognizeCurrency("30 €", Culture.French);

        var result = Assert.Single(results);
        Assert.Equal("30", result.Resolution["value"]);
        Assert.Equal("Euro", result.Resolution["unit"]);
    }

    [Fact]
    public void French_datetime_model_reads_samedi_prochain_as_a_date()
    {
        var reference = new DateTime(2026, 11, 26, 10, 0, 0, DateTimeKind.Unspecified); // a Thursday

        var results = DateTimeRecognizer.RecognizeDateTime("samedi prochain", Culture.French, refTime: reference);

        var result = Assert.Single(results);
        Assert.Equal("datetimeV2.date", result.TypeName);
        var values = (List<Dictionary<string, string>>)result.Resolution["values"];
        Assert.Contains(values, v => v["value"].StartsWith("2026-11-", StringComparison.Ordinal) || v["value"].StartsWith("2026-12-", StringComparison.Ordinal));
    }

    [Fact]
    public void Sequence_model_finds_a_french_phone_number()
    {
        var results = SequenceRecognizer.RecognizePhoneNumber("appelez le 06 39 98 12 40 svp", Culture.French);

        var result = Assert.Single(results);
        Assert.Equal("06 39 98 12 40", result.Text);
    }
}

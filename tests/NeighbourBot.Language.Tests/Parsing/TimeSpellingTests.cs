using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Times written the way thumbs write them ("samdi", "2main", "le 19.12", "à compter du 1er") date a listing as the usual
/// spelling would, and a message that is only a phone number or an address is no listing.
/// </summary>
public sealed class TimeSpellingTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("donne une étagère, à récupérer samdi matin", "samdi matin", "samedi matin")]
    [InlineData("Vends 2 tabourets, visibles mercerdi soir", "mercerdi soir", "mercredi soir")]
    [InlineData("je donne un aspirateur, passez dimance", "dimance", "dimanche")]
    [InlineData("je prête ma remorque vendedi", "vendedi", "vendredi")]
    [InlineData("qq1 pr m'aider à porter un frigo 2main ?", "2main", "demain")]
    [InlineData("Donne des pneus neige, dispo à compter du 1er", "à compter du 1er", "à partir du 1er")]
    public void A_slip_of_the_thumb_dates_the_listing_like_the_usual_spelling(string text, string when, string usual)
    {
        var parse = Parser.Parse(text);
        var written = Parser.Parse(text.Replace(when, usual, StringComparison.Ordinal));

        Assert.Equal(when, parse.When);
        Assert.NotNull(parse.WhenStart);
        Assert.Equal(written.WhenStart, parse.WhenStart);
    }

    [Fact]
    public void A_plural_weekday_stays_a_recurrence()
    {
        Assert.Equal("tous les lundis", Parser.Parse("Je donne des cours de guitare tous les lundis").When);
    }

    [Theory]
    [InlineData("Donne un lave-linge, à récupérer le 5 ou le 6", "le 5 ou le 6")]
    [InlineData("Je prête ma remorque le 8 ou 9 décembre", "le 8 ou 9 décembre")]
    public void A_choice_of_two_days_is_one_time(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Fact]
    public void A_day_and_month_joined_by_a_dot_are_a_date()
    {
        var parse = Parser.Parse("Qui peut m'aider à vider une cave le 19.12 ?");

        Assert.Equal("le 19.12", parse.When);
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 0, 0, 0, TimeSpan.FromHours(1)), parse.WhenStart);
    }

    [Theory]
    [InlineData("Donne une poussette, joignable au 06.12.34.56.78")]
    [InlineData("Vends table 12.50 €, à prendre sur place")]
    public void Dotted_numbers_that_are_no_date_date_nothing(string text)
    {
        Assert.Null(Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Vends scooter 50cc, courroie changée en octobre, 700 €")]
    [InlineData("Donne commode, entièrement repeinte en juin, à prendre sur place")]
    [InlineData("Vends voiture, embrayage refait le mois dernier, 2 500 €")]
    public void A_repair_told_about_the_thing_dates_nothing(string text)
    {
        Assert.Null(Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("vous pouvez m'appeler au zéro six trente-neuf quarante-deux dix-sept onze")]
    [InlineData("mon numéro : 06 39 98 44 17")]
    [InlineData("j'habite au 7 rue des Acacias")]
    public void A_message_that_is_only_a_phone_number_or_an_address_is_no_listing(string text)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingKind.None, parse.Kind);
        Assert.True(parse.HasContact);
    }
}

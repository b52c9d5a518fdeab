using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Kinds the parser used to misread, each written anew for these tests: a gift asked as a question, a taker sought for a thing,
/// a search for a thing whose name starts like a trade, a priced sale the model heard as a search, a ride offered by its seats.
/// </summary>
public sealed class KindLeftoverTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("qui voudrait des boutures de menthe ?", ListingKind.Give, "bouture de menthe")]
    [InlineData("Y aurait-il quelqu'un pour reprendre mon ancien buffet ?", ListingKind.Give, "buffet")]
    [InlineData("On cherche un babyfoot pour la salle de jeux", ListingKind.Seek, "baby-foot")]
    [InlineData("Recherche jardinières en bois pour le balcon", ListingKind.Seek, "jardinière")]
    [InlineData("On a reçu deux chaises hautes, on en vend une 30€", ListingKind.Sell, "chaise haute")]
    [InlineData("Cherche professeur de piano pour ma fille", ListingKind.HelpRequest, "cours de piano")]
    [InlineData("Plus que 3 assiettes dispo, les autres sont parties", ListingKind.Give, "assiette")]
    [InlineData("qqn voudrait bien des poireaux ? j'en ai trop planté", ListingKind.Give, "poireau")]
    [InlineData("Qui voudrait récupérer des tuiles ?", ListingKind.Give, "tuile")]
    [InlineData("Quelqu'un pour reprendre mes pneus hiver ? 40€ les quatre", ListingKind.Sell, "pneu hiver")]
    [InlineData("Vends rollers taille 38", ListingKind.Sell, "roller")]
    [InlineData("Besoin de planches pour finir une cabane", ListingKind.Seek, "planche")]
    [InlineData("Donne 3casseroles en inox", ListingKind.Give, "casserole")]
    [InlineData("Il ne reste que le buffet, les fauteuils sont partis", ListingKind.Give, "buffet")]
    [InlineData("Recherche cours de violon pour débutante", ListingKind.HelpRequest, "cours de violon")]
    [InlineData("Quelqu’un voudrait des bouteilles vides ?", ListingKind.Give, "bouteille vide")]
    [InlineData("qui veux des framboises ? j'en ai plein", ListingKind.Give, "framboise")]
    [InlineData("Quelqu'un serait preneuse pour reprendre mon fauteuil en cuir ?", ListingKind.Give, "fauteuil")]
    [InlineData("J'ai des rollers à vendre", ListingKind.Sell, "roller")]
    public void A_kind_once_misread_is_read_as_a_neighbour_means_it(string text, ListingKind kind, string firstItem)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(kind, parse.Kind);
        Assert.Equal(firstItem, parse.Items.Count > 0 ? parse.Items[0] : null);
    }

    [Fact]
    public void Seats_offered_towards_a_town_are_a_ride_offered()
    {
        var parse = Parser.Parse("Je propose 2 places pour aller à Auxonne dimanche");

        Assert.Equal(ListingKind.HelpOffer, parse.Kind);
        Assert.Equal(ListingCategory.Carpool, parse.Category);
        Assert.Equal(2, parse.Quantity);
    }
}

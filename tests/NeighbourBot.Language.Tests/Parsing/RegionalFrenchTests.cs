using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>Belgian French words and the forms a listing takes there and elsewhere: items normalised, containers, outings, wishes.</summary>
public sealed class RegionalFrenchTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Qqn pourrait me prêter une escabelle samedi ?", "escabeau", ListingCategory.DiyTools)]
    [InlineData("Donne boiler 100 litres, il marche encore", "chauffe-eau", ListingCategory.Appliances)]
    [InlineData("Je donne de la frigolite en plaques pour isoler", "polystyrène", ListingCategory.BuildingMaterials)]
    [InlineData("Vends kicker pour la salle de jeux, 60€", "baby-foot", ListingCategory.SportsLeisure)]
    [InlineData("Donne un poêle à mazout qui fonctionne", "poêle à fioul", ListingCategory.Appliances)]
    [InlineData("Il me reste des cougnous du réveillon, servez-vous", "brioche de noël", ListingCategory.Food)]
    [InlineData("Vends mes syllabus de 2e année, 4€ pièce", "polycopié de cours", ListingCategory.BooksCulture)]
    public void A_belgian_word_is_titled_in_standard_french(string text, string item, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(item, parse.Items[0]);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Vêtements de garçon 4 ans à donner, trois sacs pleins", "sac de vêtement garçon", 3)]
    [InlineData("Je cherche des vieux magazines pour du bricolage, un carton ou deux", "carton de magazine", 2)]
    [InlineData("J'ai trop de soupe, 4 ou 5 portions à donner ce soir", "portion de soupe", 5)]
    public void Containers_counted_after_the_thing_become_the_item(string text, string item, int quantity)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(item, parse.Items[0]);
        Assert.Equal(quantity, parse.Quantity);
    }

    [Theory]
    [InlineData("Qui est partant pour aller voir la course de côte de Turckheim ?", "sortie course de côte de turckheim")]
    [InlineData("Qui veut venir voir les illuminations du centre samedi soir ?", "sortie illuminations du centre")]
    public void Going_to_see_something_together_is_an_outing_to_it(string text, string item)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingKind.Event, parse.Kind);
        Assert.Equal(item, parse.Items[0]);
    }

    [Theory]
    [InlineData("Joyeuse Saint-Nicolas à tous les enfants de la rue 🎁")]
    [InlineData("Bonnes fêtes les voisins, et à l'année prochaine !")]
    public void A_wish_to_everyone_is_no_listing(string text)
    {
        Assert.Equal(ListingKind.None, Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_wish_before_an_offer_leaves_the_offer()
    {
        var parse = Parser.Parse("Joyeux Noël ! Je donne deux boîtes de chocolats, passez ce soir");

        Assert.Equal(ListingKind.Give, parse.Kind);
    }

    [Fact]
    public void Pets_that_took_a_gap_in_the_fence_to_run_off_are_lost()
    {
        var parse = Parser.Parse("Nos deux lapins ont profité d'un trou dans la haie pour filer cette nuit, près du parc");

        Assert.Equal(ListingKind.Lost, parse.Kind);
        Assert.Equal("lapin", parse.Items[0]);
    }
}

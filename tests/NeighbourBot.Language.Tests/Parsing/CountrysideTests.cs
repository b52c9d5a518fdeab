using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>Village life: wood, frost, bins at the road, rides to town, farm goods, and the words that come with them.</summary>
public sealed class CountrysideTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Je peux fendre vos bûches cet hiver, j'ai une fendeuse", "fendage de bois", ListingCategory.ServiceGarden)]
    [InlineData("Nos canalisations ont gelé cette nuit, qqn pourrait passer voir ?", "réparation de tuyau gelé", ListingCategory.ServiceDiy)]
    [InlineData("Cours de breton pour débutants le mardi soir, gratuit", "cours de breton", ListingCategory.ServiceLessons)]
    [InlineData("Je peux sortir vos bacs jaunes le mardi soir si vous êtes absents", "sortie des poubelles", ListingCategory.ServiceErrands)]
    [InlineData("Quelqu'un pourrait me prendre du pain demain matin ? Je suis alitée", "courses", ListingCategory.ServiceErrands)]
    [InlineData("Si des voisins partent l'hiver, je veux bien qu'on tonde leur pelouse en échange d'un café", "tonte de pelouse", ListingCategory.ServiceGarden)]
    [InlineData("Ma box ne capte plus depuis ce matin, qqn pourrait regarder ?", "dépannage box internet", ListingCategory.ServiceIt)]
    [InlineData("Je dois aller à la clinique de Brive mardi et je ne pourrai pas conduire après, quelqu'un descendrait ?", "trajet vers la clinique de brive", ListingCategory.Carpool)]
    [InlineData("Ma femme est hospitalisée à Limoges, je n'ai plus le permis, qui pourrait m'emmener la voir samedi ?", "trajet vers limoges", ListingCategory.Carpool)]
    public void A_village_service_is_titled_as_neighbours_name_it(string text, string item, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(item, parse.Items[0]);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne des castagnes ramassées ce week-end", "châtaigne", ListingCategory.Food)]
    [InlineData("Vends une oule en fonte de ma grand-mère, 30€", "marmite", ListingCategory.Household)]
    [InlineData("Donne des fagots pour allumer la cheminée", "fagot de petit bois", ListingCategory.Household)]
    [InlineData("Qqn aurait un hérisson de ramonage à me prêter ?", "hérisson de ramonage", ListingCategory.DiyTools)]
    [InlineData("Vends cabrette avec son étui, 800€", "cornemuse", ListingCategory.BooksCulture)]
    public void A_country_word_is_titled_in_standard_french(string text, string item, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(item, parse.Items[0]);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Cherche pneus hiver 185/65 R15, 4 si possible", 4)]
    [InlineData("Vends carottes du jardin, sac de 10 kg à 8€, j'ai une quinzaine de sacs", 15)]
    [InlineData("Je donne des noix, deux grosses cagettes", 2)]
    [InlineData("Vends fromages de chèvre 2€ pièce, une trentaine de disponibles", 30)]
    [InlineData("Vends 2 bonbonnes de gaz butane, 30€ les deux", 2)]
    public void A_count_said_apart_or_of_the_containers_is_read(string text, int quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Fact]
    public void Empty_crates_are_the_thing_sought()
    {
        var parse = Parser.Parse("Recherche cagettes vides, une vingtaine, pour ranger mes poires au cellier");

        Assert.Equal("cagette", parse.Items[0]);
        Assert.Equal(ListingCategory.Household, parse.Category);
        Assert.Equal(20, parse.Quantity);
    }

    [Fact]
    public void Bales_and_balls_are_things_not_euros()
    {
        var bales = Parser.Parse("Vends 30 balles de paille, 4€ la balle");
        var balls = Parser.Parse("Je donne 6 boules de pétanque et un cochonnet");

        Assert.Equal(4m, bales.PriceEur);
        Assert.Equal(30, bales.Quantity);
        Assert.Equal(ListingKind.Give, balls.Kind);
        Assert.Null(balls.PriceEur);
    }

    [Theory]
    [InlineData("Oublié mon parapluie bleu à la salle des fêtes hier, quelqu'un l'a récupéré ?", "parapluie")]
    [InlineData("Bonjour, ma fille a oublié son gilet rouge au gymnase mardi, quelqu'un l'a trouvé ?", "gilet enfant")]
    public void Something_forgotten_is_lost_even_when_asked_as_a_question(string text, string item)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingKind.Lost, parse.Kind);
        Assert.Equal(item, parse.Items[0]);
    }

    [Theory]
    [InlineData("Attention, battue au sanglier samedi matin vers le bois du Roc, évitez les sentiers !", ListingKind.None)]
    [InlineData("Attention : fête des voisins samedi dans la cour, venez nombreux", ListingKind.Event)]
    [InlineData("Attention, réunion de copropriété jeudi 19h en salle commune", ListingKind.Event)]
    public void A_warning_about_a_gathering_invites_to_nothing(string text, ListingKind kind)
    {
        Assert.Equal(kind, Parser.Parse(text).Kind);
    }

    [Fact]
    public void A_participle_is_no_object_of_the_same_letters()
    {
        var parse = Parser.Parse("Colis livré chez moi par erreur, au nom de Mme Roux");

        Assert.Equal(ListingKind.Found, parse.Kind);
        Assert.DoesNotContain("livre", parse.Items);
    }

    [Fact]
    public void A_snack_offered_to_helpers_is_no_breakage()
    {
        var parse = Parser.Parse("On cherche des bras pour ramasser les pierres du champ samedi, casse-croûte offert");

        Assert.DoesNotContain(parse.Items, i => i.StartsWith("réparation", StringComparison.Ordinal));
    }
}

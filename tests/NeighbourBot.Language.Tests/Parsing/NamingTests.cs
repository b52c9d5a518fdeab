using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>How a listing is titled when the thing is a job said as a noun, a ride, a swap of a service, or an object named in English.</summary>
public sealed class NamingTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Je m'occupe de la taille des rosiers de mes voisines chaque printemps, gratuitement", new[] { "taille de rosier" }, ListingCategory.ServiceGarden)]
    [InlineData("Je peux tailler vos rosiers et vos fruitiers en février", new[] { "taille de rosier", "taille d'arbre fruitier" }, ListingCategory.ServiceGarden)]
    [InlineData("Retraitée, je donne des cours d'orthographe et de grammaire aux collégiens", new[] { "cours d'orthographe", "cours de grammaire" }, ListingCategory.ServiceLessons)]
    [InlineData("Qqn pour m'aider à monter une niche en kit dimanche ?", new[] { "montage de niche" }, ListingCategory.ServiceDiy)]
    [InlineData("Besoin de bras pour vider un grenier samedi matin, apéro offert", new[] { "vidage de grenier" }, ListingCategory.ServiceMoving)]
    public void A_job_is_titled_by_its_noun(string text, string[] items, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je fais un aller-retour Lyon-Bourg-en-Bresse chaque lundi, une place libre", "trajet lyon-bourg-en-bresse")]
    [InlineData("Je pars de Villefranche à 7h tous les matins, 3 places pour des collègues", "trajet")]
    [InlineData("Je peux emmener quelqu'un demain matin, il me reste une place", "trajet en covoiturage")]
    public void Every_ride_is_titled_as_a_trip(string text, string firstWords)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingCategory.Carpool, parse.Category);
        Assert.StartsWith(firstWords, parse.Items[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_offered_for_things_comes_first_and_gives_the_swap_its_category()
    {
        var swap = Parser.Parse("Je tonds votre pelouse contre quelques pots de confiture, c'est un troc");
        Assert.Equal(ListingKind.Exchange, swap.Kind);
        Assert.Equal("tonte de pelouse", swap.Items[0]);
        Assert.Equal(ListingCategory.ServiceGarden, swap.Category);

        // A service named in another sentence is no part of the swap.
        var story = Parser.Parse("Je me suis mise au jardinage cette année. Je troque mes romans policiers contre des livres de jardinage.");
        Assert.Equal("roman policier", story.Items[0]);
        Assert.Equal(ListingCategory.BooksCulture, story.Category);
    }

    [Theory]
    [InlineData("Hi! Could someone lend me a ladder this weekend?", ListingKind.Borrow, "échelle")]
    [InlineData("Giving away a baby bouncer and some toys, pick up in Talant", ListingKind.Give, "transat")]
    [InlineData("Lost my wallet near the tram stop yesterday evening, please call", ListingKind.Lost, "portefeuille")]
    [InlineData("Ce matin je suis tombée sur un trousseau de clés devant la boulangerie", ListingKind.Found, "trousseau de clés")]
    [InlineData("Je donne mes 3 chaises de bar, on déménage", ListingKind.Give, "chaise de bar")]
    [InlineData("Je vends mes semis de tomates et de courgettes, 1 € le godet", ListingKind.Sell, "semis de tomate")]
    [InlineData("Je vends ma play station avec une manette, 80 €", ListingKind.Sell, "console de jeux")]
    [InlineData("Je donne 2 ballots de paille pour vos lapins", ListingKind.Give, "ballot de paille")]
    [InlineData("Vends mon appareil pour faire les crêpes (crêpière Tefal), 10 €", ListingKind.Sell, "crêpière")]
    [InlineData("Je donne des cageots en bois, idéal pour ranger ou faire des étagères", ListingKind.Give, "cageot")]
    [InlineData("Je donne des cageots en bois, idéal pr faire des étagères", ListingKind.Give, "cageot")]
    [InlineData("Je me débarrasse de chaises de jardin, venez vite", ListingKind.Give, "chaise de jardin")]
    [InlineData("Cherche du terreau, 2 ou 3 sacs, pr mes semis", ListingKind.Seek, "sac de terreau")]
    [InlineData("Trouvé une pagaie au bord du lac", ListingKind.Found, "pagaie")]
    [InlineData("Je donne de la laine, une quinzaine de pelotes, pour vos tricots", ListingKind.Give, "pelote de laine")]
    [InlineData("Je donne 2 filets de récolte d'olives", ListingKind.Give, "filet de récolte")]
    [InlineData("jdonne mes 2 vieux tels, ils marchent encore", ListingKind.Give, "smartphone")]
    [InlineData("Je prête une dizaine de chasubles pour le match", ListingKind.Lend, "chasuble")]
    public void A_thing_is_titled_in_french_whatever_words_name_it(string text, ListingKind kind, string item)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(kind, parse.Kind);
        Assert.Equal(item, parse.Items[0]);
    }

    [Fact]
    public void A_phone_label_before_a_number_names_no_phone()
    {
        Assert.Equal(["canapé"], Parser.Parse("Donne canapé, tél. 06 39 98 12 40").Items);
    }

    [Fact]
    public void Things_listed_in_english_are_all_named()
    {
        Assert.Equal(["bouilloire", "grille-pain"], Parser.Parse("Hi! Looking for a kettle and a toaster, small budget").Items);
    }

    [Theory]
    [InlineData("Un pied de menthe bergamote qui déborde, je le donne", "pied de menthe")]
    [InlineData("Une vieille bassinoire en cuivre à donner", "bassinoire")]
    public void A_message_opening_on_the_thing_it_gives_names_it(string text, string item)
    {
        Assert.Equal(item, Parser.Parse(text).Items[0]);
    }

    [Fact]
    public void A_french_word_spelled_like_an_english_one_keeps_its_french_meaning()
    {
        // "certains" is one letter from "curtains", "compter" from "computer": no typo of an English word.
        Assert.Equal(["bd"], Parser.Parse("Je donne ma collection de Tintin, certains albums un peu abîmés").Items);
        Assert.DoesNotContain("ordinateur", Parser.Parse("À compter de lundi je donne des cloches à fromage").Items);

        // "freezer" is the freezing box of a French fridge, no freezer of its own.
        Assert.Equal(["frigo top"], Parser.Parse("Je donne un frigo top avec petit freezer, à venir chercher").Items);
    }

    [Theory]
    [InlineData("Je donne ses outils d'atelier : une scie, 3 marteaux, un étau", new[] { "scie", "marteau", "étau" }, null)]
    [InlineData("On cherche des meubles pour le studio : 2 tabourets, une table pliante", new[] { "tabouret", "table pliante" }, 2)]
    [InlineData("Je donne mes outils de jardin, ils ne servent plus", new[] { "outil de jardin" }, null)]
    [InlineData("Je donne les outils de jardin de mon grand-père : pelle, râteau, binette", new[] { "outil de jardin" }, null)]
    public void A_general_word_before_a_colon_gives_way_to_the_things_listed(string text, string[] items, int? quantity)
    {
        var parse = Parser.Parse(text);
        Assert.Equal(items, parse.Items);
        Assert.Equal(quantity, parse.Quantity);
    }

    [Theory]
    [InlineData("Je cherche une trottinette pour mon fils de 6 ans, pas trop chère", ListingCategory.Kids)]
    [InlineData("Perdu un bonnet rouge au parc, ma fille de 4 ans le cherche partout", ListingCategory.Kids)]
    [InlineData("Qui me prête une tente ? On part camper avec notre fils de 6 ans", ListingCategory.SportsLeisure)]
    [InlineData("Je cherche une trottinette pour ma fille qui entre à la fac", ListingCategory.Transport)]
    public void A_thing_for_a_young_child_of_the_author_is_for_kids(string text, ListingCategory category)
    {
        Assert.Equal(category, Parser.Parse(text).Category);
    }

    [Theory]
    [InlineData("Je dois être à la gare lundi à 7h, quelqu'un pourrait m'y déposer ?")]
    [InlineData("J'ai 3 places pour le week-end à la mer, départ vendredi 18h du parking de la mairie")]
    [InlineData("Je cherche une seule place pour aller à Besançon vendredi")]
    [InlineData("On est deux à chercher une voiture pour rentrer sur Metz dimanche soir")]
    [InlineData("Je vais à Besançon jeudi, j'emmène qui veut (3 places à l'arrière)")]
    [InlineData("Je pars de Morteau à 7h chaque matin, il me reste une seule place")]
    [InlineData("Besoin d'1 place pour Grenoble vendredi, je participe à l'essence")]
    [InlineData("Je remonte de Marseille mardi en voiture, je peux ramener 2 personnes")]
    [InlineData("Nous cherchons 3 places en voiture pour le match à Lens samedi")]
    [InlineData("Je vais à Autun chez le dentiste mardi à 9h, si quelqu'un veut profiter de la voiture j'ai 2 places.")]
    public void A_ride_is_heard_in_these_words_too(string text)
    {
        Assert.Equal(ListingCategory.Carpool, Parser.Parse(text).Category);
    }

    [Theory]
    [InlineData("J'ai 2 places pour le concert de samedi, 30 € pièce")]
    [InlineData("Besoin d'une place pour mon canapé dans votre cave, je participe aux frais d'électricité")]
    [InlineData("Je donne un siège auto, j'emmène déjà 2 enfants en vacances avec le grand")]
    [InlineData("On fait des navettes à la fleur d'oranger pour la Chandeleur, qui en veut ?")]
    public void Seats_at_a_show_are_no_ride(string text)
    {
        Assert.NotEqual(ListingCategory.Carpool, Parser.Parse(text).Category);
    }

    [Theory]
    [InlineData("On est deux à chercher une voiture pour rentrer sur Metz dimanche soir", "trajet vers metz")]
    [InlineData("Je vais à Besançon jeudi, j'emmène qui veut (3 places à l'arrière)", "trajet vers besançon")]
    [InlineData("Trajet Vesoul → Gray samedi matin, 2 places", "trajet vesoul-gray")]
    [InlineData("je cherche 1 place pr aller à la gare samedi matin", "trajet vers la gare")]
    [InlineData("Je peux emmener 2 enfants au judo le mercredi", "trajet vers le judo")]
    [InlineData("Trajet Pont-de-Roide->Héricourt lundi, 1 place", "trajet pont-de-roide-héricourt")]
    [InlineData("Je fais Ornans -> la Chaux-de-Fonds tous les jours, il me reste une place", "trajet ornans-la chaux-de-fonds")]
    [InlineData("Cherche 2 places pour aller à Gray dimanche, on partage l'essence", "trajet vers gray")]
    public void A_ride_is_titled_by_where_it_goes_not_by_the_seat(string text, string item)
    {
        Assert.Equal([item], Parser.Parse(text).Items);
    }

    [Theory]
    [InlineData("Mon père (84 ans) a un rendez-vous chez le cardiologue à Dole jeudi à 10h, je travaille, quelqu'un pourrait l'accompagner ?", "accompagnement de personne âgée")]
    [InlineData("Mon voisin de 90 ans aimerait qu'on lui rende visite de temps en temps", "visite à une personne âgée")]
    public void Care_for_an_elderly_person_is_heard_further_from_its_words(string text, string item)
    {
        var parse = Parser.Parse(text);
        Assert.Equal(item, parse.Items[0]);
        Assert.Equal(ListingCategory.ServiceCare, parse.Category);
    }

    [Theory]
    [InlineData("Cherche deux tonneaux pour faire des jardinières", "tonneau")]
    [InlineData("Trouvé 2 volants de badminton dans la haie", "volant de badminton")]
    [InlineData("Je donne 3 dames-jeannes, on arrête le vin maison", "dame-jeanne")]
    [InlineData("Trouvé une carte étudiante près du tram", "carte étudiante")]
    [InlineData("Je prête mon DVA pour vos sorties en raquettes", "dva")]
    [InlineData("Je donne une dizaine de pieds de fraisiers", "pied de fraisier")]
    [InlineData("Giving away a desk lamp and a yoga mat", "lampe de bureau")]
    [InlineData("Je donne deux barriques bordelaises réformées", "barrique")]
    [InlineData("Qui peut me prêter un moule à manqué ?", "moule à manqué")]
    [InlineData("Je vends des épicéas pour Noël", "épicéa")]
    public void These_things_are_named_as_a_listing_title_would(string text, string item)
    {
        Assert.Equal(item, Parser.Parse(text).Items[0]);
    }
}

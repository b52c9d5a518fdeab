using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Probe messages written for these tests, none taken from the corpus: objects of every family neighbours post about,
/// services phrased as verbs, rides phrased every way, and the object asked for preferred to the words around it.
/// </summary>
public sealed class ItemCoverageTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    /// <summary>The rules without the kind model, for forms the rules themselves must read.</summary>
    private static readonly FrenchListingParser RulesOnly = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance, kindModel: null);

    [Theory]
    [InlineData("Je donne une couveuse 24 œufs, mes poules ne couvent plus", "couveuse", ListingCategory.Animals)]
    [InlineData("Qui me prête une tireuse à bière pour l'anniversaire de mon frère ?", "tireuse à bière", ListingCategory.Appliances)]
    [InlineData("Vends masque de plongée et tuba taille adulte, 10€", "masque de plongée", ListingCategory.SportsLeisure)]
    [InlineData("Cherche une rampe d'accès pour fauteuil, deux marches à l'entrée", "rampe d'accès", ListingCategory.Other)]
    [InlineData("Mon fils collectionne les cartes Pokémon, qqn en donne ?", "carte pokémon", ListingCategory.Kids)]
    [InlineData("Je garde le marc de café pour les jardiniers, servez-vous", "marc de café", ListingCategory.GardenPlants)]
    [InlineData("Il nous reste une quiche et deux tartes après la fête, qui en veut ?", "quiche", ListingCategory.Food)]
    [InlineData("jdonne 1 pack de lait infantile 1er âge, bébé allergique", "pack de lait infantile", ListingCategory.Kids)]
    [InlineData("Vends chaudière à granulés démontée, 300€", "chaudière à granulés", ListingCategory.Appliances)]
    [InlineData("Donne 3 ramettes de papier A4 pour l'école", "rame de papier", ListingCategory.Household)]
    [InlineData("Recherche table à langer pour notre premier bébé", "table à langer", ListingCategory.Kids)]
    [InlineData("Je prête mon appareil photo reflex pour votre mariage", "appareil photo reflex", ListingCategory.Multimedia)]
    [InlineData("Perdu mon alliance au square dimanche, récompense", "alliance", ListingCategory.Clothing)]
    [InlineData("Je vends ma calculatrice graphique, le bac est passé", "calculatrice graphique", ListingCategory.Multimedia)]
    [InlineData("Donne herbe de tonte pour vos poules ou votre compost", "herbe de tonte", ListingCategory.GardenPlants)]
    [InlineData("je donne 2 ou 3 cageots de coings, à venir chercher", "cageot de coing", ListingCategory.Food)]
    [InlineData("donne un ou deux gabions", "gabion", ListingCategory.Other)]
    [InlineData("Donne 2 m3 de sable, à prendre sur place", "sable", ListingCategory.BuildingMaterials)]
    [InlineData("Je donne 1,5 m³ de gravier", "gravier", ListingCategory.BuildingMaterials)]
    [InlineData("Qq1 aurait une poussette de poupée pour ma petite ?", "poussette de poupée", ListingCategory.Kids)]
    [InlineData("Vends pneus hiver sur jantes, 100€ les quatre", "pneu hiver", ListingCategory.Transport)]
    [InlineData("Je donne un radiateur bain d'huile, il chauffe bien", "radiateur bain d'huile", ListingCategory.Appliances)]
    [InlineData("Je revends 2 places pour le match de dimanche, 20€ chacune", "place de match", ListingCategory.BooksCulture)]
    [InlineData("Je revends 2 billets pour le match de dimanche, 20€ chacun", "billet de match", ListingCategory.BooksCulture)]
    [InlineData("Échange une place pour le festival contre une place pour le concert du 12", "place de festival", ListingCategory.BooksCulture)]
    [InlineData("Notre vieille jument cherche une compagne de pré, on la prête volontiers", "jument", ListingCategory.Animals)]
    [InlineData("Trois brebis échappées vers le lavoir, à qui sont-elles ?", "brebis", ListingCategory.Animals)]
    [InlineData("Je prête mon pressoir à pommes le week-end, rendez-le propre", "pressoir", ListingCategory.GardenPlants)]
    [InlineData("Vends quad 250 cm3, 900€, carte grise ok", "quad", ListingCategory.Transport)]
    [InlineData("Je revends mon GSM, un Nokia qui tient la semaine sans charge, 20€", "téléphone portable", ListingCategory.Multimedia)]
    [InlineData("Donne clic-clac gris, la housse part à la machine", "clic-clac", ListingCategory.Furniture)]
    [InlineData("Vends mon VTC taille M, révisé en septembre, 150€", "vtc", ListingCategory.Transport)]
    [InlineData("Donne un égouttoir à vaisselle en inox", "égouttoir à vaisselle", ListingCategory.Household)]
    [InlineData("Cherche un frigo-bar d'occasion, on passe avec une camionnette", "frigo-bar", ListingCategory.Appliances)]
    [InlineData("Qui veut une éolienne de jardin ? Elle tourne encore", "éolienne", ListingCategory.GardenPlants)]
    [InlineData("Je donne un zesteur de cuisine, jamais servi", "zesteur", ListingCategory.Household)]
    [InlineData("Je vends un porte-bidon de vélo, 5€", "porte-bidon de vélo", ListingCategory.Transport)]
    [InlineData("Vends 3 stères de bois de hêtre bien sec, 70€ le stère", "bois de hêtre", ListingCategory.Household)]
    [InlineData("Donne le bois du noyer qu'on a abattu, à fendre vous-même", "bois", ListingCategory.Household)]
    [InlineData("Donne du bois de palette pour vos bricolages ou le poêle", "bois de palette", ListingCategory.BuildingMaterials)]
    public void Objects_of_every_family_are_named_with_their_type(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne des boîtes à chaussures, idéal pour ranger vos affaires", new[] { "boîte à chaussures" }, ListingCategory.Household)]
    [InlineData("Vends un râteau à feuilles presque neuf, 5€", new[] { "râteau à feuilles" }, ListingCategory.GardenPlants)]
    [InlineData("Donne clapier à lapin en bois", new[] { "clapier" }, ListingCategory.Animals)]
    [InlineData("Trouvé un bonnet de bébé bleu au square ce matin", new[] { "bonnet de bébé" }, ListingCategory.Kids)]
    [InlineData("Vends casque de vélo enfant taille S, 8€", new[] { "casque de vélo enfant" }, ListingCategory.Kids)]
    [InlineData("Je vends mon smartphone, écran rayé, batterie 90%, 80€", new[] { "smartphone" }, ListingCategory.Multimedia)]
    [InlineData("Donne lit superposé avec bureau intégré, à démonter", new[] { "lit superposé" }, ListingCategory.Furniture)]
    [InlineData("Je donne des plants de fraisiers et de salades", new[] { "plant de fraisier", "plant de salade" }, ListingCategory.GardenPlants)]
    [InlineData("Cherche des chutes de carrelage ou de parquet pour une cabane", new[] { "chute de carrelage", "chute de parquet flottant" }, ListingCategory.BuildingMaterials)]
    [InlineData("Vends confitures maison, 4€ le pot de 370g", new[] { "confiture maison" }, ListingCategory.Food)]
    [InlineData("Perdu doudou chien marron au marché samedi", new[] { "doudou chien" }, ListingCategory.Kids)]
    [InlineData("Je prête mon niveau laser aux voisins", new[] { "niveau laser" }, ListingCategory.DiyTools)]
    [InlineData("Vends sapin de Noël artificiel 1m50, 15€", new[] { "sapin de noël artificiel" }, ListingCategory.Household)]
    [InlineData("Vends ponceuse vibrante peu servie 20€", new[] { "ponceuse vibrante" }, ListingCategory.DiyTools)]
    [InlineData("Cherche laine pour tricoter des écharpes", new[] { "laine" }, ListingCategory.SportsLeisure)]
    [InlineData("Trouvé des clés au pied de l'escalier", new[] { "clé" }, ListingCategory.Other)]
    [InlineData("Je donne 2 transats de plage et un parasol", new[] { "transat de plage", "parasol" }, ListingCategory.SportsLeisure)]
    [InlineData("Mon fils a oublié son sac de sport au gymnase", new[] { "sac de sport" }, ListingCategory.Clothing)]
    [InlineData("Vends vélo électrique 900€, batterie 400Wh, chargeur fourni", new[] { "vélo électrique" }, ListingCategory.Transport)]
    [InlineData("Je donne mon vieux portable, batterie morte mais il marche branché", new[] { "téléphone" }, ListingCategory.Multimedia)]
    [InlineData("Je donne des boutures de figuier, de pommier et de cerisier", new[] { "bouture de figuier", "bouture de pommier", "bouture de cerisier" }, ListingCategory.GardenPlants)]
    [InlineData("Qui vendrait des pommes à cidre ? J'en cherche 50 kilos", new[] { "pomme à cidre" }, ListingCategory.Food)]
    [InlineData("Cherche une chaise haute pour bébé, petit budget", new[] { "chaise haute" }, ListingCategory.Kids)]
    [InlineData("Vends table à manger en chêne, 120€", new[] { "table à manger" }, ListingCategory.Furniture)]
    [InlineData("Je vends ma place de parking au sous-sol, 7000€", new[] { "place de parking" }, ListingCategory.Other)]
    [InlineData("Donne remorque de vélo pour enfants, deux places", new[] { "remorque de vélo enfant" }, ListingCategory.Kids)]
    [InlineData("Mon fils a oublié sa trottinette devant l'école hier", new[] { "trottinette enfant" }, ListingCategory.Kids)]
    [InlineData("Je revends le vélo de ma fille, 40€", new[] { "vélo enfant" }, ListingCategory.Kids)]
    [InlineData("Ma fille part étudier à Lyon, je donne son lit", new[] { "lit" }, ListingCategory.Furniture)]
    [InlineData("Notre chien a mangé la laisse, je recherche une laisse solide", new[] { "laisse" }, ListingCategory.Animals)]
    [InlineData("Mes genoux ne me laissent plus pédaler, je vends mon vélo de course 300€", new[] { "vélo de course" }, ListingCategory.Transport)]
    [InlineData("Je donne une luge et deux bobs pour l'hiver", new[] { "luge", "bob" }, ListingCategory.SportsLeisure)]
    [InlineData("Trouvé une paire de jumelles et un appeau près du lavoir", new[] { "jumelles", "appeau" }, ListingCategory.SportsLeisure)]
    [InlineData("On cherche des cartons pour notre déménagement fin mars", new[] { "carton de déménagement" }, ListingCategory.Household)]
    [InlineData("Qui aurait des cartons vides à donner ?", new[] { "carton" }, ListingCategory.Household)]
    [InlineData("Je donne des bocaux, une trentaine, et des bouteilles vides", new[] { "bocal", "bouteille vide" }, ListingCategory.Household)]
    [InlineData("Vends raisin de table, 3€ le kilo", new[] { "raisin de table" }, ListingCategory.Food)]
    [InlineData("Je vends mon tracteur tondeuse, il démarre bien, 600€", new[] { "tracteur tondeuse" }, ListingCategory.GardenPlants)]
    [InlineData("Je donne 3 chaises de camping et une table de camping", new[] { "chaise de camping", "table de camping" }, ListingCategory.SportsLeisure)]
    [InlineData("Je donne des chutes de moquette, idéal pour un garage", new[] { "chute de moquette" }, ListingCategory.BuildingMaterials)]
    [InlineData("Donne des lunettes de piscine et un bonnet de bain", new[] { "lunettes de piscine", "bonnet de bain" }, ListingCategory.SportsLeisure)]
    [InlineData("Donne 3 sacs de 5 kg de croquettes pour chat, ma chatte ne les aime pas", new[] { "croquettes pour chat" }, ListingCategory.Animals)]
    [InlineData("Je donne une gamelle et un arbre à chat, le chat préfère dormir sur le lit", new[] { "gamelle", "arbre à chat" }, ListingCategory.Animals)]
    [InlineData("Cherche tenue de judo enfant taille 140", new[] { "kimono de judo enfant" }, ListingCategory.Kids)]
    [InlineData("Je donne un fauteuil gris clair et une lampe noire, à venir chercher", new[] { "fauteuil", "lampe" }, ListingCategory.Furniture)]
    [InlineData("Vends Thermomix TM6, 700€", new[] { "robot cuiseur" }, ListingCategory.Appliances)]
    [InlineData("Qui me prête une boîte à outils ce week-end ?", new[] { "boîte à outils" }, ListingCategory.DiyTools)]
    [InlineData("Vends 3 bouteilles de cidre fermier, 4€ pièce", new[] { "bouteille de cidre" }, ListingCategory.Food)]
    [InlineData("Je donne 4 paquets de carrelage, reste de travaux", new[] { "paquet de carrelage" }, ListingCategory.BuildingMaterials)]
    [InlineData("Lost my wallet near the station yesterday", new[] { "portefeuille" }, ListingCategory.Other)]
    [InlineData("Free bookshelf, must go by the weekend", new[] { "bibliothèque" }, ListingCategory.Furniture)]
    [InlineData("Qqn peut me prêter une visseuse ?", new[] { "visseuse" }, ListingCategory.DiyTools)]
    [InlineData("Cherche 2 bottes de foin pour mes chèvres", new[] { "botte de foin" }, ListingCategory.Animals)]
    [InlineData("Qqn peut me passer un cric ce soir ?", new[] { "cric" }, ListingCategory.DiyTools)]
    [InlineData("Trouvé une montre connectée près du stade", new[] { "montre connectée" }, ListingCategory.Clothing)]
    [InlineData("Mon fils a perdu son blouson au stade samedi", new[] { "blouson enfant" }, ListingCategory.Kids)]
    [InlineData("Je donne du thé vert et des sachets de the", new[] { "thé" }, ListingCategory.Food)]
    [InlineData("PERDU chatte tigrée, collier bleu avec grelot, vers la gare hier soir", new[] { "chat" }, ListingCategory.Animals)]
    [InlineData("Cherche une table de nuit pour la chambre d'amis", new[] { "table de nuit" }, ListingCategory.Furniture)]
    [InlineData("Je donne une caisse de kaplas, mes petits sont trop grands", new[] { "caisse de kapla" }, ListingCategory.Kids)]
    [InlineData("Vends 2 caisses de BD, 30€ le tout", new[] { "caisse de bd" }, ListingCategory.BooksCulture)]
    [InlineData("Qui veut un panier de prunes ? L'arbre croule", new[] { "panier de prune" }, ListingCategory.Food)]
    [InlineData("Je garde mes boîtes d'œufs vides pour qui en veut", new[] { "boîte d'œuf" }, ListingCategory.Household)]
    [InlineData("Vends sapin de Noël Nordmann coupé, 30€", new[] { "sapin de noël" }, ListingCategory.GardenPlants)]
    [InlineData("Je donne le fauteuil releveur de ma grand-mère", new[] { "fauteuil releveur" }, ListingCategory.Furniture)]
    [InlineData("Vends 4 ruches vides et un enfumoir, j'arrête les abeilles", new[] { "ruche", "enfumoir" }, ListingCategory.Animals)]
    [InlineData("Je vous laisse mon établi si vous venez le démonter", new[] { "établi" }, ListingCategory.DiyTools)]
    [InlineData("Vends portable Xiaomi, écran nickel, 60€", new[] { "smartphone" }, ListingCategory.Multimedia)]
    [InlineData("Trouvé un téléphone Samsung au square, coque rose", new[] { "téléphone" }, ListingCategory.Multimedia)]
    [InlineData("Vends téléphone Samsung A40, 80€", new[] { "smartphone" }, ListingCategory.Multimedia)]
    [InlineData("Vends 2 places pr le concert de samedi, 30€", new[] { "place de concert" }, ListingCategory.BooksCulture)]
    [InlineData("Vends 2 chaises bistrot, parfaites pour balcon, 20€", new[] { "chaise bistrot" }, ListingCategory.GardenPlants)]
    [InlineData("On m'a volé mon vélo cette nuit au local, un VTT bleu avec une sacoche", new[] { "vtt" }, ListingCategory.Transport)]
    [InlineData("Je donne un vélo et un VTT, les deux roulent", new[] { "vélo", "vtt" }, ListingCategory.Transport)]
    [InlineData("À donner contre une bière : un escabeau en alu", new[] { "escabeau" }, ListingCategory.DiyTools)]
    [InlineData("Vends pull garçon 8 ans, 5€", new[] { "pull garçon" }, ListingCategory.Kids)]
    [InlineData("Je donne des robes de fille, très peu portées", new[] { "robe fille" }, ListingCategory.Kids)]
    [InlineData("Cherche une combinaison de ski taille 8 ans pour les vacances", new[] { "combinaison de ski" }, ListingCategory.Kids)]
    [InlineData("Ils ont trop grandi : je donne des rollers et une trottinette", new[] { "roller", "trottinette" }, ListingCategory.Kids)]
    [InlineData("Vends bottes de pluie taille 28, 5€", new[] { "bottes de pluie" }, ListingCategory.Kids)]
    [InlineData("Vends bottes de pluie taille 39, 5€", new[] { "bottes de pluie" }, ListingCategory.Clothing)]
    public void Objects_are_titled_with_what_defines_their_type_and_without_their_parts(string text, string[] items, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne une quinzaine de pots en terre pour vos semis", new[] { "pot en terre" }, ListingCategory.GardenPlants)]
    [InlineData("Il me reste deux douzaines de samoussas de la fête, qui en veut ?", new[] { "samoussa" }, ListingCategory.Food)]
    [InlineData("Je donne une vingtaine de cageots, passez quand vous voulez", new[] { "cageot" }, ListingCategory.Household)]
    [InlineData("À donner : une montagne de vêtements fille 6 ans", new[] { "vêtement fille" }, ListingCategory.Kids)]
    [InlineData("Je donne une caisse pleine de vieux outils de mon grand-père", new[] { "caisse à outils" }, ListingCategory.DiyTools)]
    [InlineData("Donne un carton rempli de livres de poche", new[] { "carton de livre de poche" }, ListingCategory.BooksCulture)]
    [InlineData("On vend un sac rempli de petites voitures 10€", new[] { "sac de petite voiture" }, ListingCategory.Kids)]
    [InlineData("Je donne une tripotée de peluches, le petit n'y joue plus", new[] { "peluche" }, ListingCategory.Kids)]
    [InlineData("Une vingtaine de lampions à donner, restés du mariage", new[] { "lampion" }, ListingCategory.Other)]
    [InlineData("Il me reste une centaine de gobelets de la kermesse, qui en veut ?", new[] { "gobelet" }, ListingCategory.Household)]
    [InlineData("Il reste des rouleaux de papier peint à fleurs après les travaux, 4 rouleaux, servez-vous", new[] { "rouleau de papier peint" }, ListingCategory.BuildingMaterials)]
    public void A_count_a_heap_or_a_full_container_gives_way_to_the_thing(string text, string[] items, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je vends ma Tassimo avec une boîte de dosettes, 25€", "machine à café", ListingCategory.Appliances)]
    [InlineData("Vends un toaster deux fentes, 8€", "grille-pain", ListingCategory.Appliances)]
    [InlineData("Je donne mes Converse taille 37, portées deux fois", "baskets", ListingCategory.Clothing)]
    [InlineData("Cherche un Tripp Trapp d'occasion pour mon fils", "chaise haute", ListingCategory.Kids)]
    [InlineData("Donne des Playmobil, il y a un château fort et des chevaliers", "playmobil", ListingCategory.Kids)]
    [InlineData("Les petits ne jouent plus aux Lego, je donne le tout", "lego", ListingCategory.Kids)]
    [InlineData("vends rocking chair en rotin 35€", "fauteuil à bascule", ListingCategory.Furniture)]
    [InlineData("je donne machine laver, elle essore plus tres bien", "machine à laver", ListingCategory.Appliances)]
    [InlineData("Vends bomber kaki taille L, porté une saison, 15€", "blouson", ListingCategory.Clothing)]
    [InlineData("Cherche power bank pour un week-end en rando", "batterie externe", ListingCategory.Multimedia)]
    public void Brands_and_borrowed_words_are_titled_as_the_object(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Donne un clavier et une souris sans fil pour PC", new[] { "clavier", "souris" }, ListingCategory.Multimedia)]
    [InlineData("Je donne une souris et sa cage, ma fille part en internat", new[] { "souris", "cage" }, ListingCategory.Animals)]
    [InlineData("Je vends un canapé, ainsi qu'une table basse en verre", new[] { "canapé", "table basse" }, ListingCategory.Furniture)]
    [InlineData("donne des affaires de bébé, on a fini", new[] { "affaires de bébé" }, ListingCategory.Kids)]
    [InlineData("Cherche un rameur d'appartement, pas un vélo, merci", new[] { "rameur d'appartement" }, ListingCategory.SportsLeisure)]
    [InlineData("Recherche étagère métal pour le garage, mais pas en bois", new[] { "étagère" }, ListingCategory.Furniture)]
    [InlineData("Qui peut me dépanner d'un tire-bouchon ? Invités dans 10 minutes", new[] { "tire-bouchon" }, ListingCategory.Household)]
    [InlineData("Donne 3 palettes de tuiles romanes, reste du chantier", new[] { "palette de tuile" }, ListingCategory.BuildingMaterials)]
    public void Homonyms_and_joined_things_are_read_in_their_context(string text, string[] items, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je suis enceinte et je cherche un lit parapluie d'occasion", "lit parapluie")]
    [InlineData("Je passe avec ma remorque, je suis preneur de vos branchages", "branchage")]
    [InlineData("Ma voiture m'a lâché, je cherche un vélo pour aller au travail", "vélo")]
    [InlineData("On cherche des Kapla, on prend tout ce qui traîne au fond des placards", "kapla")]
    [InlineData("Pour ceux qui font des confitures : je donne une bassine en cuivre", "bassine")]
    [InlineData("Cherche acheteur pour ma chaudière à granulés, à venir chercher avec un utilitaire", "chaudière à granulés")]
    [InlineData("J'ai perdu mon alliance dans le gazon, qqn a un détecteur de métaux à me prêter ?", "détecteur de métaux")]
    [InlineData("Mon fils a laissé son sac de sport dans le tram hier", "sac de sport")]
    [InlineData("Mon chien a besoin d'un panier plus grand, vous en auriez un ?", "panier")]
    [InlineData("Le chat de la voisine a eu des petits, qui veut un chaton ?", "chaton")]
    [InlineData("Mon chat a disparu depuis hier soir, il porte un collier rouge", "chat")]
    [InlineData("Je les offre volontiers : toute ma collection de Paris Match", "magazine")]
    [InlineData("Trouvé en sortant le chien ce matin : un bonnet rouge d'enfant, au pied de l'arbre", "bonnet")]
    [InlineData("Sous le grand platane du square, trouvé un doudou lapin bleu", "doudou lapin")]
    [InlineData("Ça traîne depuis des lustres au garage, alors je donne mon buffet en chêne", "buffet")]
    [InlineData("Je range le garage : perceuse, ponceuse et scie circulaire à vendre", "perceuse")]
    [InlineData("Nous avons une cave pleine de bouteilles vides, servez-vous", "bouteille vide")]
    [InlineData("Depuis qu'on a le poêle à granulés, plus besoin de bois. Je vends donc ma tronçonneuse 80€", "tronçonneuse")]
    [InlineData("Je cherche des rideaux d'ici samedi, on emménage", "rideau")]
    [InlineData("Grosse récolte de courgettes cette année, servez-vous devant le portail", "courgette")]
    [InlineData("Elle dort dans un grand lit depuis l'été, alors on donne son lit à barreaux", "lit bébé")]
    [InlineData("Le petit ne rentre plus dans sa poussette canne, je la vends 15€", "poussette canne")]
    public void The_object_asked_or_offered_wins_over_the_words_around_it(string text, string firstItem)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
    }

    [Theory]
    [InlineData("Je déneige vos allées le matin avant le travail, gratuitement", "déneigement", ListingCategory.ServiceGarden)]
    [InlineData("Qui pourrait pelleter devant chez moi ? je me suis fait mal au dos", "déneigement", ListingCategory.ServiceGarden)]
    [InlineData("Ancien garagiste, je fais vos vidanges le samedi", "entretien de voiture", ListingCategory.ServiceDiy)]
    [InlineData("Je peux vous apprendre à faire des visios avec vos petits-enfants sur votre tablette", "initiation à la tablette", ListingCategory.ServiceIt)]
    [InlineData("Qqn pourrait m'acheter du paracétamol à la pharmacie ? je suis au lit", "récupération de médicaments", ListingCategory.ServiceErrands)]
    [InlineData("Cherche qqn pour garder mon fils de 4 ans jeudi soir", "garde d'enfant", ListingCategory.ServiceCare)]
    [InlineData("Qui pourrait prendre ma chienne chez lui pendant mes vacances ?", "garde de chien", ListingCategory.ServiceCare)]
    [InlineData("Je pars une semaine, qqn pourrait nourrir mes trois chats ?", "garde de chat", ListingCategory.ServiceCare)]
    [InlineData("Je me suis cassé le bras, qqn pourrait descendre mes poubelles le lundi ?", "sortie des poubelles", ListingCategory.ServiceErrands)]
    [InlineData("J'ai un utilitaire, je peux évacuer vos déchets verts à la déchetterie", "transport de déchets verts", ListingCategory.ServiceMoving)]
    [InlineData("Qui saurait récupérer les photos de mon téléphone cassé ?", "récupération de données", ListingCategory.ServiceIt)]
    [InlineData("Je propose des conversations en anglais autour d'un café", "conversation en anglais", ListingCategory.ServiceLessons)]
    [InlineData("Je relis vos CV gratuitement, ancienne DRH", "relecture de cv", ListingCategory.Other)]
    [InlineData("Traductrice à la retraite, je vous aide pour vos démarches", "traduction", ListingCategory.Other)]
    [InlineData("Besoin de bras pour monter un frigo au 4e sans ascenseur", "aide pour monter un frigo", ListingCategory.ServiceMoving)]
    [InlineData("Il nous faut un chauffeur pour emmener papy à ses séances de kiné", "accompagnement de personne âgée", ListingCategory.ServiceCare)]
    [InlineData("Je fais mes courses au marché le samedi, je peux vous ramener ce qu'il vous faut", "courses", ListingCategory.ServiceErrands)]
    [InlineData("Qqn a une voiture pour m'aider à ramener une commode de Talant ?", "transport de commode", ListingCategory.ServiceMoving)]
    [InlineData("Je cherche qqn pour aller chercher mon colis au point relais", "récupération de colis", ListingCategory.ServiceErrands)]
    [InlineData("Je peux aider aux devoirs le soir", "aide aux devoirs", ListingCategory.ServiceLessons)]
    [InlineData("Mon fils est nul en maths, qqn pourrait l'aider ?", "cours de maths", ListingCategory.ServiceLessons)]
    [InlineData("Élagueur, je peux abattre vos arbres dangereux", "élagage", ListingCategory.ServiceGarden)]
    [InlineData("Qqn pourrait accrocher un lustre dans mon salon ?", "installation de lustre", ListingCategory.ServiceDiy)]
    [InlineData("Mon écran d'ordi reste noir depuis la mise à jour", "dépannage informatique", ListingCategory.ServiceIt)]
    [InlineData("Mon chat a besoin d'être gardé du 3 au 10 août", "garde de chat", ListingCategory.ServiceCare)]
    [InlineData("Il faudrait transporter un buffet de Chenôve à Dijon, qqn a un utilitaire ?", "transport de buffet", ListingCategory.ServiceMoving)]
    [InlineData("Qui pourrait m'aider à descendre mon armoire à la cave ?", "aide pour descendre une armoire", ListingCategory.ServiceMoving)]
    [InlineData("Qqn pourrait m'aider à installer un lave-vaisselle ?", "installation de lave-vaisselle", ListingCategory.ServiceDiy)]
    [InlineData("Je cherche quelqu'un pour tailler mes rosiers", "taille de rosier", ListingCategory.ServiceGarden)]
    [InlineData("Besoin d'aide pour changer une ampoule au plafond", "changement d'ampoule", ListingCategory.ServiceDiy)]
    [InlineData("Étudiante, je garde vos enfants après l'école", "garde d'enfant", ListingCategory.ServiceCare)]
    [InlineData("Je peux installer vos imprimantes", "installation d'imprimante", ListingCategory.ServiceIt)]
    [InlineData("Besoin d'aide pour configurer mon nouveau téléphone", "aide smartphone", ListingCategory.ServiceIt)]
    [InlineData("Qui pourrait m'aider à créer une adresse mail ?", "aide informatique", ListingCategory.ServiceIt)]
    [InlineData("Je cherche qqn pour déblayer la neige devant chez moi", "déneigement", ListingCategory.ServiceGarden)]
    [InlineData("Mon vélo a un pneu à plat, qqn pour m'aider ?", "réparation de vélo", ListingCategory.ServiceDiy)]
    [InlineData("Je peux installer vos box, régler vos imprimantes et vous montrer WhatsApp", "dépannage informatique", ListingCategory.ServiceIt)]
    [InlineData("Besoin d'un chauffeur pour emmener mamie à sa séance de rééducation", "accompagnement de personne âgée", ListingCategory.ServiceCare)]
    [InlineData("Qqn saurait réparer une gouttière ? elle pend depuis la tempête", "réparation de gouttière", ListingCategory.ServiceDiy)]
    [InlineData("Qui pourrait m'aider à fixer une étagère dans la cuisine ?", "pose d'étagère", ListingCategory.ServiceDiy)]
    [InlineData("Besoin d'aide pour monter une serre de jardin samedi", "montage de serre", ListingCategory.ServiceDiy)]
    [InlineData("Qqn pourrait m'aider à décrocher une étagère murale ? trop lourde pour moi", "démontage d'étagère", ListingCategory.ServiceDiy)]
    [InlineData("Je cherche qqn pour rédiger un courrier à ma banque", "rédaction de lettre", ListingCategory.Other)]
    [InlineData("Retraitée, je fais vos courses au Leclerc le vendredi", "courses", ListingCategory.ServiceErrands)]
    [InlineData("Mon voisin de 90 ans ne conduit plus, qqn pourrait l'emmener à ses courses le mardi ?", "accompagnement aux courses", ListingCategory.ServiceCare)]
    [InlineData("Qui pourrait amener ma fille à l'école le jeudi matin ? je commence tôt", "accompagnement d'enfant à l'école", ListingCategory.ServiceCare)]
    [InlineData("Mon grand-père vit seul au 3e, qqn pourrait passer le voir le dimanche ?", "visite à une personne âgée", ListingCategory.ServiceCare)]
    [InlineData("Le mercredi je peux passer voir les personnes âgées de la rue", "visite aux personnes âgées", ListingCategory.ServiceCare)]
    [InlineData("Je peux ratisser les feuilles de votre pelouse samedi matin", "ramassage de feuilles", ListingCategory.ServiceGarden)]
    [InlineData("Mon stère vient d'être livré, qqn pour m'aider à rentrer le bois au garage ?", "rentrée du bois", ListingCategory.ServiceMoving)]
    [InlineData("Lycéenne, je fais du babysitting le mercredi après-midi", "babysitting", ListingCategory.ServiceCare)]
    [InlineData("Cherche une baby-sitter pour samedi soir, deux enfants", "baby-sitting", ListingCategory.ServiceCare)]
    [InlineData("Qui pourrait m'apprendre le piano ? J'ai un clavier à la maison", "cours de piano", ListingCategory.ServiceLessons)]
    [InlineData("Qqn saurait m'aider à raccourcir les rideaux du salon ?", "aide pour raccourcir les rideaux", ListingCategory.ServiceDiy)]
    [InlineData("J'aide les personnes âgées à faire leurs papiers", "aide administrative", ListingCategory.Other)]
    [InlineData("Qqn pour sortir mes 3 poubelles le mardi soir ? Je suis absent", "sortie des poubelles", ListingCategory.ServiceErrands)]
    [InlineData("Qui aurait la patience d'apprendre à ma tante à trier ses photos ? Elle a un ordi portable tout neuf", "ordinateur portable", ListingCategory.ServiceIt)]
    [InlineData("Qui pourrait m'expliquer comment marche ma nouvelle box ?", "coup de main", ListingCategory.ServiceIt)]
    [InlineData("Quelqu'un pour m'aider à réviser le code de la route ?", "aide pour réviser le code", ListingCategory.ServiceLessons)]
    [InlineData("Qqn pourrait réceptionner un carton chez moi jeudi ?", "réception de carton", ListingCategory.ServiceErrands)]
    [InlineData("Quelqu'un pour m'aider à creuser une mare au fond du terrain ?", "aide pour creuser une mare", ListingCategory.ServiceGarden)]
    [InlineData("Ma fille rame avec ses devoirs de chimie, un étudiant pourrait l'aider le soir ?", "aide aux devoirs", ListingCategory.ServiceLessons)]
    [InlineData("Ma mère a Alzheimer, quelqu'un serait là le mardi pour que je souffle un peu ?", "coup de main", ListingCategory.ServiceCare)]
    [InlineData("Mon fils a besoin qu'on l'aide en physique avant le bac", "cours de physique", ListingCategory.ServiceLessons)]
    [InlineData("Avec toute cette neige, qqn pourrait dégager ma sortie de garage ? J'ai une pelle", "déneigement", ListingCategory.ServiceGarden)]
    [InlineData("Je passe chez Aldi le lundi, si vous voulez que je vous prenne des courses, faites-moi signe", "courses", ListingCategory.ServiceErrands)]
    [InlineData("Opérée du genou, je cherche qqn pour promener Rex, mon vieux berger, le soir", "promenade de chien", ListingCategory.ServiceCare)]
    [InlineData("Retraité, je promène vos chiens en fin de matinée", "promenade de chien", ListingCategory.ServiceCare)]
    public void Services_phrased_as_verbs_are_titled_as_services(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je fais Nancy-Metz tous les matins, 2 places libres", "trajet nancy-metz")]
    [InlineData("Trajet Dijon > Besançon vendredi, il reste de la place", "trajet dijon-besançon")]
    [InlineData("Je cherche qqn qui descend sur Marseille le 20, on partage les frais", "trajet vers marseille")]
    [InlineData("Quelqu'un va à la gare demain matin ? On est deux avec des bagages", "trajet vers la gare")]
    [InlineData("Qui pourrait m'emmener au CHU jeudi pour une prise de sang ?", "trajet vers le chu")]
    [InlineData("Qqn pourrait me déposer au Zénith samedi soir ?", "trajet vers le zénith")]
    [InlineData("Qqn pourrait m'emmener chez le dentiste jeudi ?", "trajet vers le dentiste")]
    [InlineData("Je vais à Ikea samedi, je peux prendre 2 personnes", "trajet vers ikea")]
    [InlineData("Je peux conduire qqn à l'hôpital mardi", "trajet vers l'hôpital")]
    [InlineData("Qqn va au Leclerc samedi ? Je n'ai pas de voiture", "trajet vers le supermarché")]
    [InlineData("On descend à Montpellier dimanche, il nous reste 2 places", "trajet vers montpellier")]
    [InlineData("Départ pour Lille vendredi, un siège libre si ça vous dit", "trajet vers lille")]
    [InlineData("Covoit Lorient -> Vannes lundi matin, qui en est ?", "trajet lorient-vannes")]
    [InlineData("Je monte souvent à Superbesse le dimanche pour skier, départ 8h, 2 places", "trajet vers superbesse")]
    public void Rides_phrased_every_way_are_carpool(string text, string firstItem)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(ListingCategory.Carpool, parse.Category);
    }

    [Theory]
    [InlineData("Je peux garder votre chien ou votre chat pendant les vacances, j'ai un jardin", "garde d'animaux", ListingCategory.ServiceCare)]
    [InlineData("Je m'occupe de vos lapins, poules et canards cet été si vous partez", "garde d'animaux", ListingCategory.ServiceCare)]
    [InlineData("Prof d'anglais retraitée, je propose de l'aide aux devoirs le mercredi", "aide aux devoirs", ListingCategory.ServiceLessons)]
    [InlineData("Ma fille a besoin d'aide en physique-chimie pour le brevet", "cours de physique-chimie", ListingCategory.ServiceLessons)]
    [InlineData("Qui peut arroser mon potager en août ? Servez-vous en courgettes", "arrosage de potager", ListingCategory.ServiceGarden)]
    [InlineData("Je traduis vos lettres de la préfecture en arabe, gratuitement", "traduction de lettre", ListingCategory.Other)]
    [InlineData("Électricien à la retraite, je peux changer vos prises et interrupteurs", "travaux d'électricité", ListingCategory.ServiceDiy)]
    [InlineData("Un électricien dans le coin ? Le disjoncteur saute dès que j'allume le four", "dépannage électrique", ListingCategory.ServiceDiy)]
    [InlineData("Qqn pourrait récupérer un colis pour moi au point relais samedi ?", "récupération de colis", ListingCategory.ServiceErrands)]
    [InlineData("Je suis chez moi toute la journée, je peux récupérer vos colis", "réception de colis", ListingCategory.ServiceErrands)]
    [InlineData("Mon robinet de salle de bain goutte, un voisin bricoleur pourrait passer ?", "réparation de robinet", ListingCategory.ServiceDiy)]
    [InlineData("Mon évier fuit depuis hier soir, qqn pourrait jeter un œil ?", "réparation de fuite", ListingCategory.ServiceDiy)]
    [InlineData("Qqn saurait changer la roue de ma voiture ? J'ai crevé devant chez moi", "changement de roue", ListingCategory.ServiceDiy)]
    [InlineData("Ma voiture ne démarre plus ce matin, qqn aurait des câbles ?", "dépannage de voiture", ListingCategory.ServiceDiy)]
    [InlineData("Mes volets roulants sont coincés depuis l'orage, un voisin pourrait regarder ?", "réparation de volet roulant", ListingCategory.ServiceDiy)]
    [InlineData("Ma clé est restée cassée dans la serrure, quelqu'un sait faire ?", "réparation de serrure", ListingCategory.ServiceDiy)]
    [InlineData("Notre chaudière est en panne depuis hier soir, un voisin chauffagiste ?", "dépannage de chaudière", ListingCategory.ServiceDiy)]
    [InlineData("Il nous faut des bras pour les vendanges la semaine prochaine, repas offert", "aide aux vendanges", ListingCategory.ServiceGarden)]
    [InlineData("J'ai un motoculteur, je peux retourner votre potager au printemps", "labour de potager", ListingCategory.ServiceGarden)]
    [InlineData("Je cherche qqn pour m'aider en chimie, je suis en première année", "cours de chimie", ListingCategory.ServiceLessons)]
    [InlineData("Ma chaîne de vélo déraille sans arrêt, qqn pourrait regarder ?", "réparation de vélo", ListingCategory.ServiceDiy)]
    [InlineData("Ma box a un voyant rouge depuis ce matin, qqn s'y connaît ?", "dépannage box internet", ListingCategory.ServiceIt)]
    [InlineData("Qqn pourrait m'aider à installer mon décodeur ? Je n'y comprends rien", "installation de décodeur", ListingCategory.ServiceIt)]
    [InlineData("Je joue du piano depuis 30 ans, je peux donner des cours aux enfants du quartier", "cours de piano", ListingCategory.ServiceLessons)]
    [InlineData("Qqn pourrait venir voir mes chats ce week-end ? Je laisse les croquettes", "garde de chat", ListingCategory.ServiceCare)]
    [InlineData("Je garde vos chiens/chats pendant l'été, j'ai un grand jardin", "garde d'animaux", ListingCategory.ServiceCare)]
    [InlineData("Qqn pourrait aller chercher ma fille au collège mardi à 17h ?", "récupération d'enfant à l'école", ListingCategory.ServiceCare)]
    [InlineData("Je reçois vos colis en journée, je suis à la maison", "réception de colis", ListingCategory.ServiceErrands)]
    [InlineData("Mon imprimante ne veut plus se connecter, qqn de patient ?", "installation d'imprimante", ListingCategory.ServiceIt)]
    [InlineData("J'ai un utilitaire, je peux emmener vos vieux trucs à la déchetterie le samedi", "transport d'encombrants", ListingCategory.ServiceMoving)]
    [InlineData("Je débarrasse caves et greniers avec mon camion, je trie ce qui peut servir", "débarras de cave", ListingCategory.ServiceMoving)]
    [InlineData("Je peux démonter vos meubles avant votre déménagement, j'ai les outils", "démontage de meuble", ListingCategory.ServiceDiy)]
    [InlineData("Je propose de jouer aux cartes avec des personnes âgées le mercredi", "compagnie pour personne âgée", ListingCategory.ServiceCare)]
    [InlineData("Je cuisine des soupes le dimanche, je peux en porter aux voisins malades", "portage de repas", ListingCategory.ServiceCare)]
    [InlineData("Je cherche qqn pour faire le ménage chez mon père âgé, deux heures par semaine", "ménage", ListingCategory.ServiceCare)]
    [InlineData("Qqn pourrait repeindre les volets de ma maison ? Je fournis la peinture", "peinture de volet", ListingCategory.ServiceDiy)]
    [InlineData("J'ai reçu une lettre en anglais de ma banque, qqn pourrait me la traduire ?", "traduction de lettre", ListingCategory.Other)]
    [InlineData("Besoin d'aide pour mon CV, je postule partout sans réponse", "rédaction de cv", ListingCategory.Other)]
    [InlineData("Quelqu'un sait souder ? Le pied de mon banc en fer est cassé", "soudure", ListingCategory.ServiceDiy)]
    [InlineData("Petits travaux de plomberie pour les voisins, je suis du métier", "travaux de plomberie", ListingCategory.ServiceDiy)]
    [InlineData("Mon lave-vaisselle affiche une erreur, qqn s'y connaît en électroménager ?", "réparation de lave-vaisselle", ListingCategory.ServiceDiy)]
    [InlineData("Qqn pourrait m'aider à brancher ma nouvelle box ?", "installation de box internet", ListingCategory.ServiceIt)]
    [InlineData("Je récupère vos colis en journée, je travaille de chez moi", "réception de colis", ListingCategory.ServiceErrands)]
    [InlineData("Mon père de 88 ans aurait besoin de visites, il s'ennuie", "visite à une personne âgée", ListingCategory.ServiceCare)]
    [InlineData("Informaticien, je peux installer vos imprimantes le samedi", "installation d'imprimante", ListingCategory.ServiceIt)]
    [InlineData("Je vais chez Ikea samedi avec ma remorque, je peux ramener vos meubles", "transport de meubles", ListingCategory.ServiceMoving)]
    [InlineData("Besoin aide montage lit, merci d'avance", "montage de lit", ListingCategory.ServiceDiy)]
    [InlineData("Besoin d'un électricien pour remplacer un interrupteur qui chauffe", "remplacement d'interrupteur", ListingCategory.ServiceDiy)]
    [InlineData("Un plombier du coin pourrait installer un mitigeur dans ma cuisine ?", "installation de mitigeur", ListingCategory.ServiceDiy)]
    [InlineData("Quelqu'un pourrait m'aider à charger 10 sacs de terreau dans ma voiture samedi ?", "chargement de terreau", ListingCategory.ServiceMoving)]
    [InlineData("Je cherche quelqu'un pour relire mon mémoire avant le 30", "relecture de mémoire", ListingCategory.Other)]
    [InlineData("Qqn pourrait m'aider à vidanger ma tondeuse ?", "vidange de tondeuse", ListingCategory.ServiceDiy)]
    [InlineData("J'ai reçu un courrier en néerlandais de la commune, je n'y comprends rien, qqn pour m'aider ?", "traduction de courrier", ListingCategory.Other)]
    [InlineData("Ma fille a besoin d'aide en néerlandais avant ses examens", "cours de néerlandais", ListingCategory.ServiceLessons)]
    [InlineData("Je donne des cours de portugais aux enfants le mercredi", "cours de portugais", ListingCategory.ServiceLessons)]
    [InlineData("Ma tante de 90 ans aimerait un peu de visite le dimanche, quelqu'un aurait une heure ?", "visite à une personne âgée", ListingCategory.ServiceCare)]
    [InlineData("Quelqu'un va à la gare de Mons vendredi vers 5h ? J'ai un train à 6h et pas de bus si tôt", "trajet vers la gare de mons", ListingCategory.Carpool)]
    public void Services_are_titled_once_as_neighbours_name_them(string text, string title, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal([title], parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Qqn pourrait me déposer à la gare de Chambéry vendredi à 7h ?", "trajet vers la gare de chambéry")]
    [InlineData("Je vais à l'aéroport de Bâle lundi matin, je peux prendre 2 personnes", "trajet vers l'aéroport de bâle")]
    [InlineData("Qqn peut m'emmener à la gare TGV demain à 6h ? Je paie l'essence", "trajet vers la gare tgv")]
    [InlineData("Je descends à Clermont-Ferrand samedi, il me reste une place", "trajet vers clermont-ferrand")]
    [InlineData("Je vais à l'aéroport de Nantes jeudi à 5h, quelqu'un veut venir ? Il reste 2 places", "trajet vers l'aéroport de nantes")]
    [InlineData("Je passe chez Carrefour tous les mardis en voiture, il me reste 2 places", "trajet vers le supermarché")]
    [InlineData("qui peut m emmener a la gare de Dole lundi 6h ?", "trajet vers la gare de dole")]
    [InlineData("Je peux vous déposer à l'aéroport de Bâle le jeudi matin, 3 places", "trajet vers l'aéroport de bâle")]
    [InlineData("Trajet Lyon → Grenoble samedi matin, 2 places", "trajet lyon-grenoble")]
    [InlineData("Je vais à Besançon samedi, 3 places", "trajet vers besançon")]
    [InlineData("Besoin covoit pr la gare jeudi 7h", "trajet vers la gare")]
    [InlineData("Quelqu'un irait à Nancy ce week-end ? Il me faudrait 1 place", "trajet vers nancy")]
    public void A_station_or_a_town_is_named_in_full(string text, string title)
    {
        var parse = Parser.Parse(text);

        Assert.Equal([title], parse.Items);
        Assert.Equal(ListingCategory.Carpool, parse.Category);
    }

    [Theory]
    [InlineData("Loto de l'association des parents d'élèves samedi 20h à la salle des fêtes", "loto")]
    [InlineData("Loto de l'APE vendredi à 20h au gymnase, nombreux lots", "loto")]
    [InlineData("Vide-grenier de la Saint-Martin dimanche 11 novembre sur la place", "vide-grenier")]
    [InlineData("Marché de Noël des artisans du quartier samedi 6 décembre de 10h à 18h", "marché de noël")]
    [InlineData("Pique-nique géant sur les quais dimanche midi, chacun apporte un plat", "pique-nique")]
    [InlineData("Grand nettoyage du square samedi 9h, sacs et gants fournis", "nettoyage du square")]
    [InlineData("Chorale de quartier : on cherche des altos, répétition le mardi à 20h", "chorale de quartier")]
    [InlineData("Jogging tous les samedis à 8h au bord du canal, tous niveaux", "footing")]
    [InlineData("Apéro au square des Tilleuls vendredi 19h, ramenez un truc à grignoter", "apéro")]
    [InlineData("Atelier réparation vélos au garage associatif samedi de 14h à 17h", "atelier réparation vélos")]
    [InlineData("Bourse aux skis à la salle des fêtes dimanche de 9h à 16h", "bourse aux ski")]
    [InlineData("Réunion publique sur le nouveau plan de circulation lundi 18h30 à la mairie", "réunion publique")]
    [InlineData("Sortie à la mer pour les familles le 20 juillet, départ 8h en car", "sortie mer")]
    [InlineData("Troc de vêtements enfants à l'école samedi de 10h à 12h, apportez ce qui est trop petit", "troc de vêtements enfants")]
    [InlineData("Grande corvée de nettoyage du square dimanche 10h, on fournit les sacs", "nettoyage du square")]
    [InlineData("Nettoyage des berges de la Saône samedi 9h, gants fournis", "nettoyage des berges")]
    [InlineData("Goûter de Noël des enfants de l'immeuble mercredi 15h dans le hall", "goûter de noël")]
    public void An_event_is_named_without_who_holds_it(string text, string title)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingKind.Event, parse.Kind);
        Assert.Equal([title], parse.Items);
    }

    [Fact]
    public void Two_crafts_taught_together_are_two_lessons()
    {
        var parse = Parser.Parse("Je peux apprendre le crochet et le tricot aux débutants le dimanche après-midi");

        Assert.Equal(["cours de crochet", "cours de tricot"], parse.Items);
        Assert.Equal(ListingCategory.ServiceLessons, parse.Category);
    }

    [Fact]
    public void A_service_swap_takes_the_category_of_the_service_offered()
    {
        var parse = Parser.Parse("J'échange des cours d'anglais contre du jardinage, mon potager déborde");

        Assert.Equal(ListingKind.Exchange, parse.Kind);
        Assert.Equal(["cours d'anglais", "aide au jardinage"], parse.Items);
        Assert.Equal(ListingCategory.ServiceLessons, parse.Category);
    }

    [Theory]
    [InlineData("Des amateurs pour une sortie raquettes au Ballon d'Alsace dimanche ?", "sortie raquettes", ListingKind.Event)]
    [InlineData("On organise une sortie pêche au lac le 3 mai, qui vient ?", "sortie pêche", ListingKind.Event)]
    [InlineData("Qui est partant pour un basket au city stade samedi 15h ?", "match de basket", ListingKind.Event)]
    [InlineData("AG extraordinaire du club de boules le 5 février à 18h à la salle des fêtes", "assemblée générale", ListingKind.Event)]
    [InlineData("Chantier participatif au jardin partagé samedi 14 mars, venez avec des gants", "chantier participatif", ListingKind.Event)]
    [InlineData("Cours de pilates gratuit sur la pelouse de la résidence samedi 10h, venez avec un tapis", "cours de pilates", ListingKind.Event)]
    [InlineData("Balade nocturne dans les vignes vendredi soir, départ 21h du lavoir, lampe de poche conseillée", "balade nocturne", ListingKind.Event)]
    [InlineData("🥚 Chasse aux œufs dans le square dimanche de Pâques à 10h30, pour les moins de 10 ans", "chasse aux œufs", ListingKind.Event)]
    [InlineData("Visite de la caserne des pompiers le mercredi 14 à 15h, inscription à l'accueil de la mairie", "visite de la caserne", ListingKind.Event)]
    [InlineData("Slt ! Qui est chaud pr des matchs de volley au gymnase jeudi soir ?", "match de volley", ListingKind.Event)]
    [InlineData("Tous les mardis à 19h on se retrouve devant la mairie pour courir une heure, tous niveaux", "footing", ListingKind.Event)]
    [InlineData("Qui est partant pour une balade le long du canal samedi matin ?", "balade", ListingKind.Event)]
    public void Gatherings_are_titled_by_what_people_do_together(string text, string firstItem, ListingKind kind)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(kind, parse.Kind);
        Assert.StartsWith(firstItem, FirstItem(parse) ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Je vide le garage : 1) un établi 2) une brouette 3) un tuyau d'arrosage", new[] { "établi", "brouette", "tuyau d'arrosage" })]
    [InlineData("Donne :\n1. une bouilloire\n2. un grille-pain\n3. une cafetière", new[] { "bouilloire", "grille-pain", "cafetière" })]
    [InlineData("À récupérer a) un fauteuil b) un pouf", new[] { "fauteuil", "pouf" })]
    [InlineData("Je donne • une lampe • un miroir", new[] { "lampe", "miroir" })]
    public void Every_thing_of_a_numbered_or_bulleted_list_is_named(string text, string[] items)
    {
        Assert.Equal(items, Parser.Parse(text).Items);
    }

    [Theory]
    [InlineData("Je donne deux cageots de poires du jardin", "cageot de poire", ListingCategory.Food)]
    [InlineData("Une barquette de fraises à donner, cueillies ce matin", "barquette de fraise", ListingCategory.Food)]
    [InlineData("Donne une botte de poireaux du potager", "botte de poireau", ListingCategory.Food)]
    [InlineData("Donne une boîte de vis, toutes tailles", "boîte de vis", ListingCategory.BuildingMaterials)]
    [InlineData("je donne des fringues de fille 8 ans", "vêtement fille", ListingCategory.Kids)]
    [InlineData("Donne habits pour enfant, taille 6 ans", "vêtement enfant", ListingCategory.Kids)]
    [InlineData("Je donne des habits de grossesse taille 38", "vêtement de grossesse", ListingCategory.Clothing)]
    public void A_vessel_or_a_garment_word_is_titled_by_what_it_holds_or_who_wears_it(string text, string item, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(item, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Notre congélateur ne congèle plus rien, mais surtout le four ne chauffe plus, qqn s'y connaît ?", "réparation de four")]
    [InlineData("Le lave-linge est en panne depuis lundi, un bricoleur pourrait jeter un œil ?", "réparation de lave-linge")]
    [InlineData("mon aspirateur n'aspire plus, qqn sait réparer ça ?", "réparation d'aspirateur")]
    [InlineData("Le volet roulant de la chambre ne descend plus, help !", "réparation de volet roulant")]
    public void An_appliance_that_stopped_working_is_a_repair_asked_for(string text, string item)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingKind.HelpRequest, parse.Kind);
        Assert.Equal(item, FirstItem(parse));
        Assert.Equal(ListingCategory.ServiceDiy, parse.Category);
    }

    [Fact]
    public void A_leak_that_runs_all_the_time_is_no_event()
    {
        var parse = Parser.Parse("Le robinet de la baignoire goutte en permanence, un plombier parmi vous ?");

        Assert.Equal(ListingKind.HelpRequest, parse.Kind);
        Assert.Equal(ListingCategory.ServiceDiy, parse.Category);
    }

    [Theory]
    [InlineData("Ça tente quelqu'un un vieux baby-foot ? faut le descendre du grenier", ListingKind.Give, "baby-foot")]
    [InlineData("Qqn voudrait mes anciens manuels de prépa ?", ListingKind.Give, "manuel")]
    [InlineData("Qui voudrait notre reste de parquet ?", ListingKind.Give, "parquet")]
    [InlineData("J'emmène deux personnes à Dole jeudi matin, départ de la gare", ListingKind.HelpOffer, "trajet vers dole")]
    [InlineData("Annonce retirée, la poussette a trouvé preneur", ListingKind.None, null)]
    [InlineData("Vends fauteuil en velours, sans les coussins, 40€", ListingKind.Sell, "fauteuil")]
    public void An_offer_put_as_a_question_a_ride_said_with_its_seats_and_a_withdrawn_notice_are_read_by_the_rules(string text, ListingKind kind, string? firstItem)
    {
        var parse = RulesOnly.Parse(text);

        Assert.Equal(kind, parse.Kind);
        Assert.StartsWith(firstItem ?? string.Empty, FirstItem(parse) ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(firstItem is null, parse.Items.Count == 0);
    }

    [Theory]
    [InlineData("La haie du fond dépasse chez le voisin, quelqu'un pourrait la tailler ?", "taille de haie", ListingCategory.ServiceGarden)]
    [InlineData("Mes stores sont bloqués en bas depuis l'orage, qqn peut m'aider ?", "réparation de store", ListingCategory.ServiceDiy)]
    [InlineData("La porte de garage de ma maison reste coincée à mi-hauteur, un bricoleur ?", "réparation de porte de garage", ListingCategory.ServiceDiy)]
    public void A_job_named_by_a_verb_after_its_object_or_by_a_stuck_thing_is_that_job(string text, string item, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(ListingKind.HelpRequest, parse.Kind);
        Assert.Equal(item, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je vends mon Billy en chêne clair, 15€", "bibliothèque", ListingCategory.Furniture)]
    [InlineData("À donner : Ikea Poang avec repose-pieds", "fauteuil", ListingCategory.Furniture)]
    [InlineData("Vends Actifry de Seb, très peu servie, 35€", "friteuse", ListingCategory.Appliances)]
    [InlineData("Je vends notre Bugaboo, les jumeaux marchent, 150€", "poussette", ListingCategory.Kids)]
    [InlineData("Vends iPad 2019 avec coque, 180€", "tablette", ListingCategory.Multimedia)]
    [InlineData("Vends Vespa 2015 900€ à débattre", "scooter", ListingCategory.Transport)]
    [InlineData("donne un congel qui fait aussi frigo", "congélateur", ListingCategory.Appliances)]
    [InlineData("Vends lave vaiselle Bosch 12 couverts, 80€", "lave-vaisselle", ListingCategory.Appliances)]
    [InlineData("vends machin a laver 7 kg, 60€", "machine à laver", ListingCategory.Appliances)]
    [InlineData("Je donne des jouets de bain, mon fils préfère la douche", "jouet de bain", ListingCategory.Kids)]
    [InlineData("Donne lait en poudre 1er âge, boîte pas ouverte", "lait infantile", ListingCategory.Kids)]
    [InlineData("Je donne un carnet de tickets de métro, j'ai maintenant une voiture", "ticket de métro", ListingCategory.Other)]
    [InlineData("Je donne une commode de grand-mère à restaurer", "commode", ListingCategory.Furniture)]
    [InlineData("J'ai récolté trop de pommes, qui veut de la compote maison ?", "compote maison", ListingCategory.Food)]
    [InlineData("Donne trois canes et un jars, la basse-cour déménage", "canard", ListingCategory.Animals)]
    [InlineData("Vends une robe de chambre en polaire, 10€", "robe de chambre", ListingCategory.Clothing)]
    [InlineData("Qui veut nos meubles de jardin en teck ?", "meuble de jardin", ListingCategory.GardenPlants)]
    [InlineData("Il me reste un gâteau aux noix du goûter, qui passe le prendre ?", "gâteau aux noix", ListingCategory.Food)]
    [InlineData("Je donne du sirop de framboise fait l'été dernier", "sirop de framboise", ListingCategory.Food)]
    public void A_model_name_a_slip_of_the_keyboard_a_flavour_or_a_familiar_form_still_gives_the_listing_title(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne ma salle à manger en merisier : table ovale, 6 chaises et un vaisselier", new[] { "salle à manger" }, ListingCategory.Furniture)]
    [InlineData("Vends chambre de bébé complète (lit, commode à langer, armoire) 200€", new[] { "chambre bébé" }, ListingCategory.Kids)]
    [InlineData("Je donne tout le mobilier du bureau de mon père", new[] { "mobilier" }, ListingCategory.Furniture)]
    [InlineData("Donne un service à thé fleuri, il manque une tasse", new[] { "service à thé" }, ListingCategory.Household)]
    [InlineData("Qui veut nos tomates cerises ? Le potager déborde", new[] { "tomate cerise" }, ListingCategory.Food)]
    [InlineData("Vends canapé convertible, coussin un peu délavé, 90€", new[] { "canapé convertible" }, ListingCategory.Furniture)]
    [InlineData("Donne une commode ancienne, peinture écaillée, à retaper", new[] { "commode" }, ListingCategory.Furniture)]
    [InlineData("Vends ma montre, bracelet changé l'an dernier, 40€", new[] { "montre" }, ListingCategory.Clothing)]
    [InlineData("Vends four encastrable, minuterie HS mais cuisson ok, 30€", new[] { "four" }, ListingCategory.Appliances)]
    public void A_set_or_a_room_is_named_once_and_a_part_said_with_its_state_is_not_a_thing_of_its_own(string text, string[] items, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne :\nun aspirateur\nune bouilloire\ndes cintres", new[] { "aspirateur", "bouilloire", "cintre" })]
    [InlineData("Dispo gratuitement ✔ poêle ✔ casserole ✔ passoire", new[] { "poêle", "casserole", "passoire" })]
    public void Things_listed_one_a_line_or_after_bullet_emojis_are_all_named(string text, string[] items)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
    }

    [Theory]
    [InlineData("Vds 3 manettes Xbox qui marchent bien + un casque, 40e", new[] { "manette", "casque" })]
    [InlineData("Je vends ma guitare + un ampli qui grésille un peu + le câble, 90€", new[] { "guitare", "ampli", "câble" })]
    [InlineData("Je prête ma ponceuse + 1 jeu de forets, rendez-la propre", new[] { "ponceuse", "jeu de forets" })]
    [InlineData("Donne 6 assiettes plates + 6 creuses, service dépareillé", new[] { "assiette plate", "assiette creuse" })]
    [InlineData("jdonne 8 assiettes creuses et 4 plates", new[] { "assiette creuse", "assiette plate" })]
    [InlineData("Donne 10 assiettes à dessert + 10 plates", new[] { "assiette à dessert", "assiette plate" })]
    [InlineData("Vends 6 verres à eau et 6 à vin, jamais servis", new[] { "verre à eau", "verre à vin" })]
    [InlineData("Depuis que le chien est mort, je donne sa niche et sa laisse", new[] { "niche", "laisse" })]
    [InlineData("DONNE 3 PULLS FEMME T.M ZARA + 2 JEANS", new[] { "pull femme", "jean" })]
    [InlineData("Je prête 1 échelle de 6 m et 1 escabeau le dimanche", new[] { "échelle", "escabeau" })]
    public void A_thing_added_with_a_plus_or_said_again_by_its_type_alone_is_listed_too(string text, string[] items)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(items, parse.Items);
    }

    [Theory]
    [InlineData("Suite à un dégât des eaux je donne un frigo qui marche encore", "frigo", ListingCategory.Appliances)]
    [InlineData("Vends un clapier pour lapins ou furets, 30€", "clapier", ListingCategory.Animals)]
    [InlineData("Je cherche une cage pour vos poules ou vos canards", "cage", ListingCategory.Animals)]
    [InlineData("Recherche une gaziniere 4 feux, petit budget", "gazinière", ListingCategory.Appliances)]
    [InlineData("Donne aspi sans fil, la batterie tient 10 minutes", "aspirateur sans fil", ListingCategory.Appliances)]
    [InlineData("Je prête mon kayak gonflable pour les vacances", "kayak gonflable", ListingCategory.SportsLeisure)]
    [InlineData("Vends canapé clic-clac gris, 60€", "canapé clic-clac", ListingCategory.Furniture)]
    [InlineData("Vends table TV en chêne 30€", "meuble tv", ListingCategory.Furniture)]
    [InlineData("Vends 2 bidons de 20 litres, bien propres", "bidon", ListingCategory.Household)]
    [InlineData("Vends 4 pantalons de travail taille 40, 8€ pièce", "pantalon de travail", ListingCategory.Clothing)]
    [InlineData("Cherche 1 seule roue de poussette, la mienne est voilée", "roue de poussette", ListingCategory.Kids)]
    [InlineData("Recherche bottes de pluie, pointure 35", "bottes de pluie", ListingCategory.Clothing)]
    public void A_story_a_purpose_or_a_type_word_does_not_hide_or_change_the_thing_offered(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Single(parse.Items);
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("slt jvd 2 moulinets shimano pr la carpe, 15e piece", "moulinet", ListingCategory.SportsLeisure)]
    [InlineData("Donne ma vieille boite a peche pleine de leurres", "boîte à pêche", ListingCategory.SportsLeisure)]
    [InlineData("Vends combinaison de surf 4/3 taille L, portée deux fois", "combinaison de surf", ListingCategory.SportsLeisure)]
    [InlineData("cherche baudrier taille S pour débuter l'escalade", "baudrier", ListingCategory.SportsLeisure)]
    [InlineData("Vends paire de skis de fond avec fixations, 40€", "ski de fond", ListingCategory.SportsLeisure)]
    [InlineData("qq1 aurait des batons de ski a preter pour fevrier ?", "bâton de ski", ListingCategory.SportsLeisure)]
    [InlineData("Donne une housse de snowboard noire, fermeture ok", "housse de snowboard", ListingCategory.SportsLeisure)]
    [InlineData("Vends des pédales automatiques Shimano, 20€", "pédale", ListingCategory.Transport)]
    [InlineData("je vends un derailleur arriere 9 vitesses", "dérailleur", ListingCategory.Transport)]
    [InlineData("Je donne 6 m2 de dalles de moquette grises", "dalle de moquette", ListingCategory.BuildingMaterials)]
    [InlineData("Vends 20 lames de terrasse en pin traité", "lame de terrasse", ListingCategory.BuildingMaterials)]
    [InlineData("Donne un reste de colle carrelage, sac entamé", "colle à carrelage", ListingCategory.BuildingMaterials)]
    [InlineData("Je revends une carte cadeau Sephora de 30€", "carte cadeau", ListingCategory.Other)]
    [InlineData("Vends bon d'achat Leroy Merlin 50€ à 40€", "bon d'achat", ListingCategory.Other)]
    [InlineData("Donne aimant de frigo souvenir de Bretagne", "magnet", ListingCategory.Household)]
    [InlineData("Je cherche du lait maternisé, le mien est en rupture", "lait infantile", ListingCategory.Kids)]
    [InlineData("vends platine cd Marantz", "lecteur cd", ListingCategory.Multimedia)]
    [InlineData("Vends 3 cartouches Game Boy, Pokémon rouge inclus", "jeu vidéo", ListingCategory.Multimedia)]
    [InlineData("Vends ma Megadrive avec Sonic", "console de jeux", ListingCategory.Multimedia)]
    [InlineData("Vends carte mère et processeur, ma config est finie", "carte mère", ListingCategory.Multimedia)]
    [InlineData("Donne des voitures miniatures de collection 1/18", "voiture miniature", ListingCategory.SportsLeisure)]
    [InlineData("Je donne un bon paquet de bandes dessinées", "bd", ListingCategory.BooksCulture)]
    [InlineData("Je prête ma vieille Singer à pédale si qq1 veut coudre", "machine à coudre", ListingCategory.Appliances)]
    [InlineData("vds Dr Martens 8 trous pointure 39", "chaussures", ListingCategory.Clothing)]
    [InlineData("Je donne 5 tickets resto qui expirent fin du mois", "ticket restaurant", ListingCategory.Other)]
    [InlineData("Vends pâte fimo, une trentaine de couleurs", "pâte fimo", ListingCategory.SportsLeisure)]
    [InlineData("Je revends mon billet SNCF Lille-Paris de dimanche", "billet de train", ListingCategory.Other)]
    [InlineData("Donne un coffret de forets béton, jamais servi", "jeu de forets", ListingCategory.DiyTools)]
    [InlineData("Je donne des jouets pour chien, le nôtre n'y touche pas", "jouet pour animal", ListingCategory.Animals)]
    [InlineData("Vends robot piscine Dolphin, ne sert plus depuis qu'on a rebouché", "robot de piscine", ListingCategory.GardenPlants)]
    [InlineData("Je donne notre Babycook, bébé mange comme nous maintenant", "robot cuiseur bébé", ListingCategory.Kids)]
    [InlineData("Donne un grattoir à givre, on a un garage maintenant", "grattoir de pare-brise", ListingCategory.Transport)]
    public void A_gear_part_voucher_or_material_is_named_whole_and_filed_with_its_own_kind_of_thing(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne un filet d'oignons rouges et un sac d'échalotes", "sac d'échalote")]
    [InlineData("À donner : des plants d'aubergines et de poivrons", "plant d'aubergine")]
    [InlineData("Qui veut un carton d'assiettes dépareillées ?", "carton d'assiette")]
    [InlineData("Je donne un paquet de haricots secs", "paquet de haricot sec")]
    [InlineData("donne un sac d'outils, mon père ne bricole plus", "sac d'outil")]
    public void A_holder_and_what_it_holds_are_joined_the_French_way(string text, string title)
    {
        Assert.Contains(title, Parser.Parse(text).Items);
    }

    [Theory]
    [InlineData("Vends pantalon de ski femme taille 38, porté une semaine", "pantalon de ski", ListingCategory.SportsLeisure)]
    [InlineData("Donne maillot de rugby du club, taille L", "maillot de rugby", ListingCategory.SportsLeisure)]
    [InlineData("Vends pantalon de ski enfant, rouge", "pantalon de ski enfant", ListingCategory.Kids)]
    [InlineData("Trouvé un gant de ski bleu enfant devant l'école", "gant de ski enfant", ListingCategory.Kids)]
    [InlineData("Je vends des gants de ski taille 9, trop grands pour moi", "gant de ski", ListingCategory.SportsLeisure)]
    [InlineData("Vends 2 rouleaux de moquette beige, restes de travaux", "rouleau de moquette", ListingCategory.BuildingMaterials)]
    [InlineData("Je donne trois rouleaux de toile cirée et des tupperwares", "rouleau de toile cirée", ListingCategory.Household)]
    [InlineData("On déménage, je donne 6 boîtes de lentilles vertes", "boîte de lentilles", ListingCategory.Food)]
    [InlineData("Je prête des déguisements adultes pour la soirée du quartier", "déguisement adulte", ListingCategory.Clothing)]
    public void Sport_garments_rolls_and_tins_are_named_and_filed_by_what_they_are(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne ma galettière, on ne fait plus de crêpes", "crêpière", ListingCategory.Appliances)]
    [InlineData("Donne des schlappes en laine, pointure 41", "chaussons", ListingCategory.Clothing)]
    [InlineData("Je donne une loque à reloqueter neuve et un seau", "serpillière", ListingCategory.Household)]
    [InlineData("Je cherche une fourre de duvet 160x210", "housse de couette", ListingCategory.Household)]
    [InlineData("Ma balayeuse ne sert plus, je la donne", "aspirateur", ListingCategory.Appliances)]
    [InlineData("Je vends mon biclou 30 balles, il roule", "vélo", ListingCategory.Transport)]
    [InlineData("Qui veut une poche de patates ? On en a trop récolté", "sac de pomme de terre", ListingCategory.Food)]
    [InlineData("Je cherche une coque de portable pour un Pixel 7", "coque de téléphone", ListingCategory.Multimedia)]
    [InlineData("Donne un WC suspendu, jamais posé", "wc", ListingCategory.BuildingMaterials)]
    [InlineData("Je donne une mijoteuse, on cuisine plus assez", "mijoteuse", ListingCategory.Appliances)]
    public void Regional_and_everyday_names_are_titled_in_standard_French(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Mon atelier est trop petit, je donne ma ponceuse et un établi", "ponceuse", ListingCategory.DiyTools)]
    [InlineData("Je n'ai plus de voiture depuis l'été, du coup je vends mon porte-vélo", "porte-vélo", ListingCategory.Transport)]
    [InlineData("Nos poules pondent plus que jamais, je donne des œufs frais", "œuf", ListingCategory.Food)]
    [InlineData("Notre chien nous a quittés, je donne son sac de croquettes", "sac de croquettes pour chien", ListingCategory.Animals)]
    public void The_thing_given_after_a_story_about_another_wins(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne un tabouret en bois pour enfant, un peu rayé", "tabouret enfant", ListingCategory.Kids)]
    [InlineData("Vends lit en pin blanc pour enfant avec sommier", "lit enfant", ListingCategory.Kids)]
    [InlineData("Vends gilet en laine femme taille M", "gilet femme", ListingCategory.Clothing)]
    [InlineData("Donne un établi pour enfant avec ses outils en plastique", "établi enfant", ListingCategory.Kids)]
    [InlineData("Je vends un tracteur à pédales John Deere", "tracteur à pédales", ListingCategory.Kids)]
    [InlineData("Donne six lampes solaires pour le jardin", "lampe solaire", ListingCategory.GardenPlants)]
    public void Whom_a_thing_is_for_still_types_it_after_what_it_is_made_of(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Theory]
    [InlineData("Je donne une veste marron taille L", "veste")]
    [InlineData("Je donne un pull orange taille M", "pull")]
    [InlineData("Donne des bananes bien mûres pour un gâteau", "banane")]
    public void A_colour_or_ripeness_after_a_thing_is_no_fruit(string text, string item)
    {
        Assert.Equal([item], Parser.Parse(text).Items);
    }

    [Theory]
    [InlineData("Donne un kilo de marrons ramassés au parc", "châtaigne")]
    [InlineData("Je donne des pommes et des oranges", "orange")]
    public void Chestnuts_and_oranges_named_as_food_stay_food(string text, string item)
    {
        Assert.Contains(item, Parser.Parse(text).Items);
    }

    [Theory]
    [InlineData("Vends vélo fille 20 pouces avec panier, 35€", "vélo enfant", ListingCategory.Kids)]
    [InlineData("Je donne un vélo de garçon, les freins sont à régler", "vélo enfant", ListingCategory.Kids)]
    [InlineData("Vends un BMX, quelques rayures", "bmx", ListingCategory.Transport)]
    [InlineData("Donne porte-bagages de vélo avec sangles", "porte-bagages", ListingCategory.Transport)]
    [InlineData("Je cherche un chargeur de trottinette électrique, j'ai perdu le mien", "chargeur de trottinette", ListingCategory.Transport)]
    [InlineData("Je donne mes albums photos vides", "album photo", ListingCategory.Household)]
    public void Bikes_their_parts_and_accessories_are_filed_where_a_neighbour_looks(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, FirstItem(parse));
        Assert.Equal(category, parse.Category);
    }

    [Fact]
    public void A_table_described_then_its_chairs_added_stays_the_first_item()
    {
        var parse = Parser.Parse("La table est en merisier, je donne aussi les six chaises");

        Assert.Equal("table", FirstItem(parse));
    }

    private static string? FirstItem(ListingParse parse) => parse.Items.Count > 0 ? parse.Items[0] : null;
}

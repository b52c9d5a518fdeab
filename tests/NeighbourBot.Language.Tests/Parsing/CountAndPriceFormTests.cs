using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>Counts and prices in the less common ways residents write them (messages written for these tests, not from the corpus).</summary>
public sealed class CountAndPriceFormTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private static readonly FrenchListingParser Parser = new(Clock, FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Je donne 3 superbes fougères en pot", 3)]
    [InlineData("Cherche 1 seule chaise pliante", 1)]
    [InlineData("Donne 2 autres tabourets, assortis au premier", 2)]
    [InlineData("Je donne mes 4 derniers bocaux de miel", 4)]
    [InlineData("Donne 2 p'tites lampes de chevet", 2)]
    [InlineData("Je donne cinq de mes plantes grasses", 5)]
    [InlineData("À donner : 5 (cinq) tabourets de bar", 5)]
    [InlineData("Donne quatre (4) tréteaux en bois", 4)]
    [InlineData("Tabourets : trois, à prendre sur place", 3)]
    [InlineData("Je donne des tabourets, trois en tout", 3)]
    [InlineData("Donne tabourets en bois au nombre de 5", 5)]
    [InlineData("Je propose 4 jerricanes vides", 4)]
    [InlineData("Donne 2 x lampadaires", 2)]
    [InlineData("Je donne deu tabourets", 2)]
    [InlineData("Donne bouquins de poche, une 30aine", 30)]
    [InlineData("Je donne des bouquins de poche, env. 15", 15)]
    [InlineData("Je donne des bouquins de poche, ~25", 25)]
    [InlineData("Donne saladiers en verre (3 pièces)", 3)]
    [InlineData("Donne puzzle (24 pièces) complet", null)]
    [InlineData("Donne un 2 roues qui ne démarre plus", null)]
    [InlineData("Donne 1/2 brioche d'hier", null)]
    [InlineData("Donne une palette de briques (une cinquantaine)", null)]
    [InlineData("Donne un sac de jouets, une vingtaine environ", null)]
    [InlineData("Donne tabourets de bar (les 3), un peu rayés", 3)]
    [InlineData("Je donne trente et un cintres en bois", 31)]
    [InlineData("Donne carton n°4 de jouets", null)]
    [InlineData("Donne nichoirs en bois, les deux", 2)]
    [InlineData("Vends bureau + lampe, 30€ les deux", null)]
    [InlineData("Cherche tréteaux pour une fête de famille, x4", 4)]
    [InlineData("Échange ma ponceuse (2 batteries) contre un taille-haie", null)]
    [InlineData("Je donne des bocaux vides avec leurs couvercles, 3 cartons pleins.", 3)]
    [InlineData("Je donne des pots de confiture vides, 2 caisses", 2)]
    [InlineData("Je vends des pots de confiture, 2 cartons de 12", null)]
    public void A_count_is_read_around_the_words_that_come_between_it_and_the_thing(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Donne sachets de graines de courge, reste 4", 4)]
    [InlineData("Donne sachets de graines de courge, il ne m'en reste que 2", 2)]
    [InlineData("Donne boutures de figuier, plus que 3 !", 3)]
    [InlineData("Donne cadres photo, 5 pièces disponibles", 5)]
    [InlineData("Vends nichoirs en bois. Stock : 6", 6)]
    [InlineData("Donne nichoirs en bois. Dispo : 2", 2)]
    [InlineData("Donne nichoirs en bois, qté dispo : 3", 3)]
    [InlineData("Donne nichoirs en bois, dispo : 4 décembre", null)]
    [InlineData("Donne une table, il reste 2 jours pour la prendre", null)]
    [InlineData("Vends des crêpes maison, 3€ la douzaine, il m'en reste 4 douzaines", 48)]
    public void What_is_left_or_available_is_the_count(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Je donne 5 jardinières, finalement plus que 3 !", 3)]
    [InlineData("Donne 4 lampadaires, il n'en reste plus que 1", 1)]
    [InlineData("Je donne 7 cadres photo... enfin 6, un a le verre fêlé", 6)]
    [InlineData("Vends 5 tabourets, pardon 4 tabourets, 10€ pièce", 4)]
    [InlineData("Donne 2 miroirs non finalement 3", 3)]
    [InlineData("Donne 5 jardinières, enfin 2 sont fendues", 5)]
    [InlineData("Je donne une vingtaine de cintres, enfin plutôt 25", 25)]
    public void A_later_correction_or_remainder_of_the_count_wins(string text, int quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Donne vingt huit cintres en bois", 28)]
    [InlineData("Donne quatre vingt dix cintres", 90)]
    [InlineData("Donne deux cents perles de bois", 200)]
    [InlineData("Donne cinq six cintres", 6)]
    [InlineData("Donne deux douzaines de pinces à linge", 24)]
    [InlineData("Donne 2 ou 3 douzaines de pinces à linge", 36)]
    [InlineData("Donne une 40aine de pinces à linge", 40)]
    [InlineData("Donne des cintres, 6 voire 8", 8)]
    [InlineData("Donne des cintres (6, peut-être 7)", 7)]
    [InlineData("Donne des cintres, 6 ou 7 je pense", 7)]
    [InlineData("Cherche bougeoirs (3-4)", 4)]
    [InlineData("Cherche bougeoirs : 5 minimum", 5)]
    [InlineData("Donne jardinières (3x)", 3)]
    [InlineData("Donne jardinières ×3", 3)]
    [InlineData("Donne mes lapins, tous les 3", 3)]
    [InlineData("Donne 3 lapereaux mâles et 2 femelles", 5)]
    [InlineData("Donne saladiers, 6 pièces", 6)]
    [InlineData("Vends saladiers en verre 6 pièces 12€", 6)]
    [InlineData("Donne saladiers 6pcs", 6)]
    [InlineData("Vends lot vêtements garçon 8 ans (40 pièces)", 40)]
    [InlineData("Vends chemises homme taille M, 35 pièces", 35)]
    [InlineData("Vends bavoirs 0-12 mois lot de 5", 5)]
    [InlineData("Je donne des bocaux : 4 grands et 3 petits", 7)]
    [InlineData("Donne cochons d'inde (1 mâle, 2 femelles)", 3)]
    [InlineData("Vends Tintin, 22 albums, 150€", 22)]
    [InlineData("Vous pourriez m'en prêter une ou deux pour la soirée ? Des chaises pliantes", 2)]
    [InlineData("Je donne une ou deux jardinières, à voir sur place", 2)]
    [InlineData("Seeking office chairs : je cherche 3 chaises de bureau pour la coloc", 3)]
    [InlineData("Je donne de la laine à tricoter, une vingtaine de pelotes de toutes les couleurs", 20)]
    [InlineData("Vends mes cours de prépa, 12 bouquins, 30€ le lot", 12)]
    [InlineData("Je donne une table, une dizaine de voisins sont déjà venus la voir", null)]
    [InlineData("Donne un château fort, une vingtaine de personnages", null)]
    [InlineData("Vends collection Tintin (22 albums) 150€", 22)]
    [InlineData("Donne dictionnaire encyclopédique, 24 volumes", null)]
    [InlineData("Donne puzzle, 48 pièces", null)]
    [InlineData("Bureau et tabourets (2) à donner", null)]
    [InlineData("Tabourets (2) et bureau à donner", 2)]
    [InlineData("Vends tréteaux, 2 à 15€ chacun", null)]
    [InlineData("Donne x4 chaises de jardin en plastique blanc", 4)]
    [InlineData("je donne des plants de tomates, j'en ai (6) en godet", 6)]
    [InlineData("Je rachète vos bocaux Le Parfait, j'en veux 10 ou 12", 12)]
    public void A_count_is_read_in_the_less_common_written_forms(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Je donne des serviettes de bain, 3 blanches et 2 grises", 5)]
    [InlineData("Donne bidons d'huile moteur : 2 entamés + 1 neuf", 3)]
    [InlineData("Donne des bombes de peinture, il en reste 2 ouvertes de 400 ml + 3 neuves de 400 ml", 5)]
    [InlineData("Donne lingettes (3 paquets ouverts + 2 fermés)", 5)]
    [InlineData("Je donne 2 tabourets noirs et 3 tabourets blancs", 5)]
    [InlineData("Je donne 2 tabourets noirs et une table", 2)]
    [InlineData("Donne des trottinettes, 12, 14 et 16 pouces, 3 au total", 3)]
    [InlineData("Donne vélos de fillette (12, 14 et 16 pouces)", null)]
    public void A_count_given_in_parts_adds_up_and_a_list_of_sizes_is_no_count(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("On cherche un traîneau ou deux pour dimanche", 2)]
    [InlineData("Je donne des bocaux à conserves, quarante-deux exactement, avec leurs joints", 42)]
    [InlineData("Des cintres en bois du magasin, 120 au total, à emporter", 120)]
    [InlineData("Du bois de palettes pour un abri, 6 ou 7 palettes suffiront", 7)]
    [InlineData("Vends console + 5 jeux, 120€", null)]
    [InlineData("Perdu un trousseau de 4 clés avec un porte-clés rouge", null)]
    [InlineData("Donne jardinières en plastique 3x", 3)]
    [InlineData("Je donne tréteaux 2 x", 2)]
    [InlineData("Je donne tréteaux *2, on déménage", 2)]
    [InlineData("Lampadaires halogènes à donner (3)", 3)]
    [InlineData("Tréteaux en sapin à donner - 2 pièces", 2)]
    [InlineData("Donne couverture pour 2 chiens", null)]
    [InlineData("Donne nappe pour 12 personnes", null)]
    [InlineData("Cherche preneur pour 6 tuiles canal", 6)]
    [InlineData("Je cherche des cagettes en bois, 8 au moins", 8)]
    [InlineData("Donne ma chienne et ses 5 chiots", null)]
    [InlineData("Donne clic-clac (2 couchages)", null)]
    [InlineData("Donne bibliothèque, 4 niveaux", null)]
    public void A_count_after_the_thing_is_read_and_what_it_serves_is_not_one(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Donne 2 cartons de 10 bocaux", 2)]
    [InlineData("Vends un pack de 6 bouteilles de jus de raisin", null)]
    [InlineData("Donne pack de 6 bouteilles de jus de pomme", 6)]
    [InlineData("Vends quenelles maison, 10€ la barquette de 4 quenelles", null)]
    [InlineData("Donne éponges neuves (un paquet de 6) et un balai", 6)]
    [InlineData("Donne 3 boîtes de 6 œufs", 3)]
    [InlineData("Vends palette de bûches compressées, 90 paquets", null)]
    [InlineData("Je donne 4 pots de peinture + une bâche et 2 bacs", 4)]
    [InlineData("Je donne des pommes de pin ramassées hier, 3 sacs d'environ 10 kg", 3)]
    [InlineData("Qui veut des copeaux de bois ? J'ai 6 gros sacs de copeaux de chêne dans le garage", 6)]
    [InlineData("Cherche du foin pour mes chèvres, 3-4 ballots", 4)]
    [InlineData("Donne 2 ballots de foin et des seaux", 2)]
    [InlineData("Donne 12 plaques d'isolant, restes du chantier", 12)]
    [InlineData("Je prête un jeu de 8 boules de pétanque pour le week-end", null)]
    [InlineData("Je donne du jus de pomme maison, 4 bouteilles de l'année dernière", 4)]
    public void What_a_container_holds_is_not_the_count(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Je vais à Rennes dimanche, voiture 5 places, il en reste 3", 3)]
    [InlineData("Je pars à Metz lundi matin, 2 passagers possibles", 2)]
    [InlineData("Covoiturage vers Auxerre jeudi, de la place pour 3", 3)]
    [InlineData("Besoin d'un covoit pour 2 vers Troyes samedi", 2)]
    [InlineData("Je cherche un covoiturage vers Chalon jeudi pour mes 2 enfants", 2)]
    [InlineData("Je descends à Mâcon dimanche, je peux prendre 3 adultes", 3)]
    [InlineData("Cherche covoit pour 3 cartons vers Dole samedi", null)]
    [InlineData("Je dois être à la gare lundi à 7h, quelqu'un pourrait m'y déposer ? 1 seule place, je participe à l'essence", 1)]
    [InlineData("J'ai 3 places pour le week-end à la mer, départ vendredi 18h du parking de la mairie", 3)]
    [InlineData("Je monte à Nancy samedi, voiture 5 places dont 2 de libres", 2)]
    [InlineData("On est deux à chercher une voiture pour rentrer sur Metz dimanche soir", 2)]
    [InlineData("Je vais à Besançon jeudi, j'emmène qui veut (3 places à l'arrière)", 3)]
    [InlineData("Besoin d'1 place pour aller à la gare de Dole samedi, je participe à l'essence", 1)]
    [InlineData("Je vais à Lyon samedi, on est 2 dans un monospace 7 places, donc 4 places dispo", 4)]
    [InlineData("Covoiturage pour Troyes dimanche, on est 3 (2 adultes, 1 enfant)", 3)]
    [InlineData("Je monte à Metz vendredi, il me reste 3 places... enfin 2, ma sœur vient", 2)]
    [InlineData("Je vais au marché de Beaune samedi, je peux emmener une ou deux personnes", 2)]
    [InlineData("On est 2 à chercher une place pour aller à Colmar dimanche, on participe à l'essence", 2)]
    public void A_ride_counts_the_seats_offered_not_the_size_of_the_car(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Vends buffet 3OO€", 300)]
    [InlineData("Vends buffet 25O euros", 250)]
    [InlineData("Vends buffet €45", 45)]
    [InlineData("Vends buffet EUR 45", 45)]
    [InlineData("Vends buffet 45,-", 45)]
    [InlineData("Vends caravane 12.000€", 12000)]
    [InlineData("Vends caravane 2 000,00 €", 2000)]
    [InlineData("Vends bottes 15 ou 20€ selon la pointure", 15)]
    [InlineData("Cherche une luge pour mon fils, je peux mettre 10 ou 15 €", 15)]
    [InlineData("Vends lampe 25€ (neuve 70€)", 25)]
    [InlineData("Vends lampe 25€, neuf 70€", 25)]
    [InlineData("Vends grille-pain 20€ neuf dans sa boîte", 20)]
    [InlineData("Vends ponceuse. Elle valait 120€, je la laisse à 40€", 40)]
    [InlineData("Vends commode valeur 200€, vendue 60€", 60)]
    [InlineData("Vends légumes frais du potager 5€ le panier", 5)]
    [InlineData("Vends fraises 4€ la barquette, frais de port 2€ si envoi", 4)]
    [InlineData("Vends cookies 80cts pièce", 0.8)]
    [InlineData("Vends coffret à couture valeur sentimentale, 12€", 12)]
    [InlineData("Vends présentoir de magasin 35€", 35)]
    [InlineData("Vends tondeuse, elle coûte 70€", 70)]
    [InlineData("Vends tondeuse 70€, elle m'a coûté 250€", 70)]
    [InlineData("Je cherche un scooter d'occasion, budget 900", 900)]
    [InlineData("Je cherche un vélo cargo, budget 300 à 500 €", 500)]
    [InlineData("Vends 3 lampes 15€ pièce ou 40€ pour les trois", 40)]
    [InlineData("Vends canapé d'angle, 120 à débattre", 120)]
    [InlineData("Vends poêle à bois, 300 ferme", 300)]
    [InlineData("Vends poêle à bois, 300 non négociable", 300)]
    [InlineData("Vends scooter 1,2 k€", 1200)]
    [InlineData("Vends 2 tapis : 30 et 45€", 30)]
    [InlineData("Cherche 2 tapis, entre 30 et 45€", 45)]
    [InlineData("Vends plants de tomates 1€ pièce, 4 pour 3€", 1)]
    [InlineData("Je cherche une remorque, budget entre 300 et 450", 450)]
    [InlineData("Cherche table de ferme budget 150-250.", 250)]
    [InlineData("Vends cage à hamster : 25", 25)]
    [InlineData("Je vends ma guitare folk, j'en demande 90", 90)]
    [InlineData("Vends lampe 25€. Edit : 20€", 20)]
    [InlineData("Vends tabouret 15€, le second à 10€", 15)]
    [InlineData("Vends tondeuse à 40 seulement", 40)]
    [InlineData("Vends magazines 0,20€ l'un ou 4€ le carton", 4)]
    public void A_price_is_read_in_the_less_common_written_forms(string text, decimal price)
    {
        Assert.Equal(price, Parser.Parse(text).PriceEur);
    }

    [Theory]
    [InlineData("Vends mes fascicules de révision, 4€ pièce ou 30€ les 10", 10)]
    [InlineData("Vends des bols en grès, 3 € l'un ou 10 € les quatre", 4)]
    [InlineData("Vends des bols en grès, 12 € le bol ou 40 € les quatre", 4)]
    [InlineData("vends jantes tôle 120e les 4 ou 35e l'unité", 4)]
    [InlineData("vends jantes tôle 120 € les 4 ou 35 pièce", 4)]
    [InlineData("Vends sirops maison 4€ la bouteille, 10€ les 3", null)]
    [InlineData("Vends table basse + tapis, 50 € les deux ou 30 € pièce", null)]
    [InlineData("Vends lampe + abat-jour, 15€ les deux", null)]
    public void A_price_for_all_offered_beside_a_price_for_one_counts_them(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Des courgettes à donner, j'en ai pris 3 de trop au marché", 3)]
    [InlineData("Qui aurait des cagettes ? j'en cherche 5 pour ranger le garage", 5)]
    [InlineData("Des noix à donner, j'en offre deux ou trois kilos", null)]
    [InlineData("Participation libre pour la vingtaine de crêpes qu'on fait dimanche", 20)]
    [InlineData("Vends des œufs frais, 3 € la douzaine", null)]
    [InlineData("Je prête ma nappe, des bougies et une dizaine de verres à vin", null)]
    [InlineData("Je donne un service à thé (4 tasses et la théière)", null)]
    [InlineData("Donne rhubarbe, 2 beaux pieds à diviser", 2)]
    [InlineData("Je cherche des bocaux (confiture, conserve), 30 à 50, pour l'automne", 50)]
    [InlineData("Je donne une commode, des tabourets (x3), une lampe", null)]
    [InlineData("Vends pneus neige, 195/65 R15 x4", 4)]
    [InlineData("Je donne des peluches : un lapin, un ours et un chat. 3 doudous en tout", 3)]
    [InlineData("Donne parka femme taille M, 1 seule, portée un hiver", 1)]
    [InlineData("Vends parka femme taille M, 1 seule saison, 40 €", null)]
    [InlineData("vds mangas : One Piece 1, 2 et 3, 5€ chaque ou 12 les 3", 3)]
    [InlineData("Vends confiture de mûres, pots de 250 g et de 500 g, j'en ai une vingtaine de chaque", 20)]
    [InlineData("Qui veut un chiot ? Quatre petits nés en mai, il en reste un seul à placer", 1)]
    [InlineData("Cinq lapereaux nés au printemps, il en reste 1 seul à adopter", 1)]
    [InlineData("Je donne 1 seule chaise pliante, les autres sont parties", 1)]
    [InlineData("Je prête mon porte-vélos pour 3 vélos, il tient aussi 2 paires de skis", null)]
    [InlineData("Je prête un coffre de toit pour 4 paires de skis", null)]
    [InlineData("Je donne mon violon (2 cordes à changer)", null)]
    [InlineData("Je prête ma presse à bois (6 tonnes)", null)]
    [InlineData("Je donne mes 3 cocottes, ma passoire et une trentaine de bocaux vides", 3)]
    [InlineData("Cherche miel de sapin ou de lavande, 4 pots", 4)]
    [InlineData("Mes poules pondent 8 œufs par jour, je les donne", null)]
    [InlineData("Il me reste 1 seul sac de 15 kg de terreau, je le donne", 1)]
    [InlineData("Vends confiture de fraises, 4 € le pot. Il m'en reste une dizaine.", 10)]
    [InlineData("Je donne mon service à thé (une vingtaine de pièces)", null)]
    [InlineData("Vends verres à vin en cristal, 30 € les six", 6)]
    [InlineData("Vends jantes alu 16 pouces, x4, 200 € les 4, peu roulé", 4)]
    [InlineData("Vends bois de chauffage sec, 3 stères, 180 € les trois", null)]
    [InlineData("Vends confitures de prunes, 4 € le pot, 10 € les 3", null)]
    [InlineData("Je vends des crêpes pour la kermesse de samedi, j'en fais 30", 30)]
    [InlineData("Je vends des madeleines pour la fête de l'école, on en prépare 60", 60)]
    [InlineData("Qui aurait des bocaux vides ? J'en ai besoin de 25 pour les confitures", 25)]
    [InlineData("Je cherche des cintres pour la penderie, j'en ai 4 pour toute la famille", null)]
    [InlineData("Je cherche un grand clapier, j'en ai trois à loger", null)]
    [InlineData("J'échange 5 kg de noix contre une douzaine de pots de miel", null)]
    [InlineData("Je donne une perceuse et environ 40 forets", null)]
    [InlineData("Je donne des chaises de jardin, environ 10", 10)]
    [InlineData("Je donne du lino gris, 12 dalles exactement", 12)]
    [InlineData("Je donne 3 tabourets, non 2 en fait", 2)]
    [InlineData("Échange une paire de billets de match contre 3 places de cinéma", null)]
    [InlineData("J'ai perdu mes clés (2 clés + une télécommande de portail) près de la poste", null)]
    [InlineData("Cherche des cartons de déménagement, on en a besoin d'une trentaine d'ici samedi", 30)]
    [InlineData("Je cherche du terreau ou du compost, 3 ou 4 sacs, pour mes jardinières", 4)]
    [InlineData("Je prête mon porte-vélos d'attelage (3 paires de roues… enfin 3 vélos)", null)]
    [InlineData("Je prête mon porte-skis de toit (4 paires), à rendre dimanche", null)]
    [InlineData("Recherche une vingtaine de paires de chaussettes pour l'accueil de nuit", 20)]
    [InlineData("Vends granulés de bois, 15 packs en stock, 7 € le pack", 15)]
    [InlineData("Je vends des nems maison pour la fête de quartier, 5 € les 6", null)]
    [InlineData("Cherche des bocaux pour mes confitures, 6 suffisent", 6)]
    [InlineData("Je cherche des tuteurs pour les tomates, 4 ou 5 suffiront", 5)]
    [InlineData("Cherche une pompe à vélo, 1 seule suffit", 1)]
    [InlineData("Je rachète des vieilles chaises pour les retaper, j'en prends jusqu'à 6", 6)]
    [InlineData("Je donne des bottes de pluie pour enfants, une dizaine de paires, propres", 10)]
    [InlineData("Pots de confiture vides à donner : 30 environ, dans l'entrée", 30)]
    [InlineData("J'ai perdu une de mes 2 boucles d'oreilles au marché", null)]
    [InlineData("Donne une paire de bottines femme, 38, portées deux fois", null)]
    [InlineData("Vends confiture de figues, 5 € le pot, ou 3 pots pour 12 €", null)]
    [InlineData("Vends 3 tabourets pour 20 €", 3)]
    [InlineData("Cherche lits jumeaux pour mes 2 garçons (6 et 8 ans)", null)]
    [InlineData("Je donne des cintres en bois, il y en a une bonne trentaine, servez-vous", 30)]
    [InlineData("Je vends des pommes, 2 € le kilo, j'en ai une quarantaine de kilos", null)]
    [InlineData("Cherche un transat (ou 2 si possible) pour la terrasse", 2)]
    [InlineData("Vends poules pondeuses, 10 € pièce, x4 disponibles", 4)]
    [InlineData("Je cherche un lapin ou deux… non, plutôt une dizaine de lapins pour l'élevage", 10)]
    [InlineData("Quelqu'un aurait des bocaux vides ? Genre 20, pour les confitures", 20)]
    [InlineData("Quelqu'un aurait des pots en terre ? Genre 8-10, pour mes boutures", 10)]
    [InlineData("Cherche des cintres, environ 20-25, pour la friperie de l'école", 25)]
    [InlineData("Cherche des briques pour un muret, 40 idéalement, avant l'hiver", 40)]
    [InlineData("Je prête ma tondeuse le 12/5 idéalement, contre un coup de main", null)]
    [InlineData("Je donne une vingtaine de torchons en lin, propres", 20)]
    [InlineData("On cherche des tabourets pour le comptoir, 4 pareils si possible", 4)]
    [InlineData("Perdu un trousseau de clés (2 clés + un bip) près du marché", null)]
    [InlineData("Cherche une table de camping d'occasion, x2, pas trop lourde, budget 30 €", 2)]
    [InlineData("Recherche bois de palette pour fabriquer des nichoirs avec les enfants de l'école, 3 ou 4 palettes suffiront", 4)]
    [InlineData("perdu mes clés hier soir vers la poste, 2 clés + 1 badge bleu", null)]
    [InlineData("Giving away my 2 old bikes, pick up in Talant", 2)]
    [InlineData("Looking for 2 used desks for the kids", 2)]
    [InlineData("Donne chiots croisés, il reste 1 seul petit mâle noir", 1)]
    [InlineData("Vends tartes aux myrtilles, 14 € la tarte (8 parts), j'en fais 5 samedi", 5)]
    [InlineData("Qui veut de la rhubarbe ? J'ai 5 tiges à couper", 5)]
    [InlineData("Vends bocaux de confiture, cartons de 12 bocaux, 30 € le carton. Il m'en reste 4.", 4)]
    [InlineData("Je donne tomates et courgettes, 3 ou 4 de chaque", 4)]
    [InlineData("Je donne poireaux et carottes, quatre ou cinq de chaque", 5)]
    [InlineData("perdu mes clés au marché, 3 clés + badge", null)]
    [InlineData("Je donne des housses de coussin, j'en ai x4", 4)]
    [InlineData("Cherche des potirons pour la fête de l'école, 2 ou 3 gros si possible", 3)]
    [InlineData("Vends comté 18 mois, 3 morceaux d'environ 500 g", 3)]
    [InlineData("Je prête ma sorbetière Moulinex (2 bacs) pour l'été", null)]
    [InlineData("Je prête ma raclette (8 poêlons) pour vos soirées", null)]
    [InlineData("Vends mes livres de Tintin (8 albums + un hors-série), 30 € le tout", 8)]
    [InlineData("Je prête mon stérilisateur, 12 bocaux par cuisson, à rendre sous huit jours", null)]
    [InlineData("Cherche de la laine pour faire des bonnets, j'en fais une trentaine pour l'école", null)]
    [InlineData("Cherche des chutes de bois pour fabriquer des nichoirs, j'en fabrique 10 avec les enfants", null)]
    [InlineData("Qui peut me prêter 2 trucs pour faire des crêpes (crêpières quoi) dimanche ?", 2)]
    [InlineData("J'ai 2 trucs à donner : un vélo et une table", null)]
    [InlineData("Je donne des draps et des serviettes, 2 sacs pleins", 2)]
    [InlineData("Échange de confitures : j'ai 4 pots de framboise contre du miel", 4)]
    [InlineData("Je donne de la laine (7 pelotes)", 7)]
    [InlineData("Je vends des gâteaux pour faire une cagnotte pour l'école, j'en prépare une trentaine", 30)]
    [InlineData("J'ai 2 trucs pour bébé : une poussette et un transat", null)]
    [InlineData("Je donne un lit bébé, des bodies et des pyjamas, deux sacs pleins", null)]
    [InlineData("Cherche confiture de figues, en échange je donne 3 pots de miel", null)]
    public void A_count_is_read_in_the_turns_of_phrase_around_it(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("Je fais la navette jusqu'à la gare lundi matin, 2 places libres", 2)]
    [InlineData("Nous faisons la navette vers le marché samedi matin, 3 places", 3)]
    public void Shuttles_offered_are_rides_counted_in_seats(string text, int seats)
    {
        var parse = Parser.Parse(text);
        Assert.Equal(ListingCategory.Carpool, parse.Category);
        Assert.Equal(seats, parse.Quantity);
    }

    [Theory]
    [InlineData("Je donne ma télé, 60€ de réparation à prévoir")]
    [InlineData("Je prête ma remorque, 80€ de caution")]
    [InlineData("Vends robe de soirée, taille : 40")]
    [InlineData("Donne 5 livres de maths de 4e")]
    public void A_cost_around_the_object_is_no_price(string text)
    {
        Assert.Null(Parser.Parse(text).PriceEur);
    }
}

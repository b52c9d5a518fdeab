using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>Behaviour a resident notices on messages written for these tests (not from the corpus).</summary>
public sealed class ListingParserTests
{
    // Thursday 26 November 2026, 10:00 in Paris.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private static readonly FrenchListingParser Parser = new(Clock, FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("vends mon vélo 30 balles", 30)]
    [InlineData("je vends ma commode trente euros", 30)]
    [InlineData("Vends canapé, mille cinq cents euros, cuir véritable", 1500)]
    [InlineData("vds poussette 150e", 150)]
    [InlineData("Vends 3 pots de miel, 5€ pièce ou 12€ les trois", 12)]
    [InlineData("A vendre tondeuse 80€ (achetée 300€)", 80)]
    [InlineData("Je cherche un frigo, budget entre 50 et 90 €", 90)]
    [InlineData("Vends 4 verres à pied, 3€ pièce ou les 4 pour 10", 10)]
    [InlineData("Je vends ma table en chêne, payée 900€ il y a deux ans, je la laisse à 250", 250)]
    [InlineData("Vends vaisselle : assiettes 2€, verres 1€, plats 5€, le tout pour 30€", 30)]
    [InlineData("Je vends mes poules, 12 euros pièce ou 40 le tout", 40)]
    [InlineData("Vends bougies 2€ la bougie ou 10€ la boîte de 6", 10)]
    [InlineData("Vends vélo 120€. Erratum : c'est 100€, je me suis trompé", 100)]
    [InlineData("Vends fauteuil 80€, oups je voulais dire 60€", 60)]
    [InlineData("Je vends des cookies maison, 50 centimes pièce", 0.5)]
    [InlineData("Vends tondeuse 90 €, et pas 190 comme annoncé hier, pardon", 90)]
    [InlineData("slt je cherche une trottinette d'occase, 80 max", 80)]
    [InlineData("PS4 100 ou échange", 100)]
    [InlineData("Gants de ski T8 4e", 4)]
    [InlineData("Vends perceuse 30€. Non en fait 25€, je veux m'en débarrasser", 25)]
    [InlineData("Je vends des plants de tomates 2€ le plant ou 6 pour 10€", 2)]
    [InlineData("Vends Twingo de 2011, 98 000 km, 2 900 €, contrôle technique ok", 2900)]
    [InlineData("Vends piano droit 1.200 € à débattre", 1200)]
    [InlineData("Vends scooter 12 500 euros", 12500)]
    [InlineData("Vends table de ping-pong 60€, baissée à 45€ pour partir vite", 45)]
    [InlineData("Vends poussette, nouveau prix 35€ (au lieu de 50€)", 35)]
    [InlineData("Vends tricycle prix 25", 25)]
    [InlineData("vends confitures maison deux euros cinquante le pot", 2.5)]
    [InlineData("Vends bouquets de lavande 3 euros 50 pièce", 3.5)]
    [InlineData("Vends 2 chaises 20 euros 3 pieds à refixer", 20)]
    [InlineData("Vends pots de confiture 3€ l'un, 4 pour 10", 3)]
    [InlineData("Vends canapé d'angle, prix sympa 70", 70)]
    [InlineData("Vends buffet en merisier, prix doux : 45", 45)]
    [InlineData("Recherche une machine à coudre d'occasion, max 90", 90)]
    [InlineData("Vends camping-car 25k€", 25000)]
    [InlineData("Vends bateau pneumatique 2,5k euros", 2500)]
    [InlineData("Vends blouson de moto 70€, prix neuf 250€", 70)]
    [InlineData("Vends draisienne à 12", 12)]
    [InlineData("Vends 3 places de match à 25 chacune", 25)]
    [InlineData("Vends mon bureau, je le cède à 35, à débattre", 35)]
    [InlineData("Vends jantes alu 40€ l'une, 140 les 4", 140)]
    public void A_price_is_read_in_every_written_form(string text, decimal price)
    {
        Assert.Equal(price, Parser.Parse(text).PriceEur);
    }

    [Fact]
    public void An_hour_after_a_day_is_not_an_asking_price()
    {
        Assert.Null(Parser.Parse("Vends camionnette, à voir jeudi à 17").PriceEur);
    }

    [Theory]
    [InlineData("Je prête ma remorque, je suis là samedi 5 toute la journée", "samedi 5 toute la journée")]
    [InlineData("Covoit vers Besançon le 3 janvier tôt le matin, 2 places", "le 3 janvier tôt le matin")]
    [InlineData("Je peux garder vos plantes en journée, je travaille de chez moi", "en journée")]
    [InlineData("Club tricot à la bibliothèque, un jeudi sur deux à 15h", "un jeudi sur deux à 15h")]
    [InlineData("Donne lit parapluie, passez le prendre après le boulot", "après le boulot")]
    [InlineData("Je peux désherber vos allées ce mois-ci", "ce mois-ci")]
    [InlineData("Quelqu'un aurait une plancha à me prêter pour un barbecue le 14 ?", "le 14")]
    [InlineData("Apéro pour les voisins du 8 et du 10 le samedi 9 mai à 19h dans la cour", "le samedi 9 mai à 19h")]
    [InlineData("Un perroquet gris se promène sur les toits de la rue Monge depuis 10h", "depuis 10h")]
    [InlineData("Je peux tondre vos pelouses ce printemps, j'ai une tondeuse", "ce printemps")]
    [InlineData("Qqn aurait un appareil à raclette pour ce soir ? je le rends demain", "pour ce soir")]
    [InlineData("Quelqu'un me prêterait une ponceuse ? je la rends dimanche", "dimanche")]
    [InlineData("Marché de Noël de l'école les 12 et 13 décembre dans la cour", "les 12 et 13 décembre")]
    [InlineData("BESOIN D'UNE REMORQUE POUR CE WEEK END SVP", "POUR CE WEEK END")]
    [InlineData("Trouvé des clés de voiture sur le parking après le loto de samedi", "après le loto de samedi")]
    [InlineData("Notre chat est sorti par la fenêtre du 1er ce matin, il est roux", "ce matin")]
    [InlineData("Je peux bêcher votre potager au printemps, j'ai une motobineuse", "au printemps")]
    [InlineData("Donne frigo américain, à débarrasser au plus tard mercredi soir", "au plus tard mercredi soir")]
    [InlineData("Donne congélateur coffre, dispo ven 17h", "ven 17h")]
    [InlineData("Donne baignoire bébé, dispo 22/01", "22/01")]
    [InlineData("Donne perceuse-visseuse, à récupérer ven. 18h30", "ven. 18h30")]
    [InlineData("Je donne un vaisselier, dispo ce wk", "ce wk")]
    [InlineData("Donne bac à sable, à récupérer mardi entre 17 et 19h", "mardi entre 17 et 19h")]
    [InlineData("Donne tuiles de récup, à enlever avant la fin de l'année", "avant la fin de l'année")]
    public void A_time_phrase_is_found_with_its_recurrence_extent_and_preposition(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Je cherche un clavier MIDI pour ma fille")]
    [InlineData("Qqn a une camionnette et 2h demain pour m'aider à bouger un frigo ?", "demain")]
    [InlineData("Vends tondeuse 90 €, et pas 190 comme annoncé hier, pardon")]
    [InlineData("J'ai cassé ma scie hier en coupant du bois, quelqu'un pourrait m'en prêter une ?")]
    [InlineData("Vends confitures de mûres 4 € le pot, cueillette de cet été")]
    [InlineData("Je prête ma scie à bûches, il faut juste me la rendre dans la journée")]
    [InlineData("Je donne la gamelle et le panier, notre chien est mort la semaine dernière")]
    [InlineData("Ma tante est partie en maison de retraite en mars, je donne son buffet")]
    [InlineData("Le facteur a laissé un colis chez moi, il est pour le 19 rue Voltaire")]
    [InlineData("Je prête ma ponceuse pour le week-end prochain, à me rendre le lendemain", "pour le week-end prochain")]
    public void A_word_that_only_looks_like_a_time_does_not_date_the_listing(string text, string? when = null)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Je donne un canapé, à venir chercher demain soir", "demain soir", "2026-11-27T19:00:00+01:00")]
    [InlineData("Quelqu'un peut me prêter une échelle pour samedi ?", "pour samedi", "2026-11-28T00:00:00+01:00")]
    [InlineData("Vide-grenier de la rue le dimanche 6 décembre de 8h à 18h", "le dimanche 6 décembre de 8h à 18h", "2026-12-06T08:00:00+01:00")]
    [InlineData("donne table, dispo avant jeudi", "avant jeudi", "2026-12-03T00:00:00+01:00")]
    [InlineData("Qui vient courir avec moi samedi en huit ? Départ du parc", "samedi en huit", "2026-12-05T00:00:00+01:00")]
    [InlineData("Free sofa, pick up tomorrow", "tomorrow", "2026-11-27T00:00:00+01:00")]
    [InlineData("Défilé costumé dans la rue le soir d'Halloween, départ 18h", "le soir d'Halloween", "2027-10-31T19:00:00+01:00")]
    public void A_date_keeps_its_preposition_and_is_read_against_the_residents_local_now(string text, string when, string start)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(when, parse.When);
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), parse.WhenStart);
    }

    [Theory]
    [InlineData("Je donne mes vieilles planches de surf, il y en a cinq ou six", 6)]
    [InlineData("Donne collection de Spirou, une cinquantaine d'albums en bon état", 50)]
    [InlineData("Je donne des pommes du verger : 4 sacs de 10 kilos, venez vite", 4)]
    [InlineData("Donne vêtements fille 4 ans, 1 grand carton, à prendre ce week-end", 1)]
    [InlineData("Je monte à Nancy samedi, il me reste une place", 1)]
    [InlineData("Covoiturage Dijon-Dole tous les matins à 7h, places : 2", 2)]
    [InlineData("Quelqu'un va sur Lyon vendredi ? on est 3 avec nos sacs", 3)]
    [InlineData("Quelqu'un va à Beaune ce week-end ? Je cherche une place pour moi", null)]
    [InlineData("Œufs frais en trop, je donne 3 douzaines ce soir", 36)]
    [InlineData("J'ai fait des dizaines de confitures cet été, je troque contre des œufs", null)]
    [InlineData("Je donne un manteau taille 40 et 2 paires de bottes", null)]
    [InlineData("Je cherche des poules pondeuses, 3 ou 4, pour mon poulailler", 4)]
    [InlineData("Qqn prête des manettes de console pour vendredi ? il en faut 3", 3)]
    [InlineData("Donne paille de l'an dernier, 12 bottes rondes", 12)]
    [InlineData("Donne chatons, 2 mâles et 3 femelles, sevrés", 5)]
    [InlineData("Vends billets pour le concert de Noël, 3 places à 20€ chacune", 3)]
    [InlineData("Je cherche deux places pour le spectacle de fin d'année", 2)]
    [InlineData("Trop de confiture cette année ! Je donne des pots, j'en offre 6 aux voisins", 6)]
    [InlineData("Covoiturage vers Lyon samedi matin, il me reste 2 sièges à l'arrière", 2)]
    [InlineData("Je cherche des cages de transport pour lapin, 2 si possible", 2)]
    [InlineData("Donne cafetière avec 6 tasses", null)]
    [InlineData("Donne une table de jardin, 4 chaises", null)]
    [InlineData("VENDS LAPINS NAINS 6 MOIS, 15€ PIECE, 3 DISPO", 3)]
    [InlineData("Vends jantes alu Peugeot 16 pouces x4, 150€ le lot", 4)]
    [InlineData("Il nous manque des tables pour la fête, quelqu'un pourrait nous en prêter 4 samedi ?", 4)]
    [InlineData("qui veut des courges? jen ai 8 dans la cave", 8)]
    [InlineData("Laitues du potager à donner, 6 pieds", 6)]
    [InlineData("Donne 3 sacs de 5 kg de terreau, jamais ouverts", 3)]
    [InlineData("Je cherche une plancha pour l'anniversaire de ma fille, on sera une trentaine", null)]
    [InlineData("Je prête ma collection de mangas (plus de 150), à rendre quand vous avez fini", 150)]
    [InlineData("Je troque mes cactus (une dizaine de petits pots) contre des boutures", 10)]
    [InlineData("Donne un sac de terreau et 3 sacs de sable", null)]
    [InlineData("Donne 3 sacs de terreau", 3)]
    [InlineData("Fin de chantier : restes de peinture blanche, 3 pots de 5L à donner", 3)]
    [InlineData("Je donne mes anciens cahiers de cuisine (6 classeurs), bon état", 6)]
    [InlineData("Je prête mon porte-vélos de toit (2 vélos) tout l'été", null)]
    [InlineData("Vends synthétiseur (49 touches), 80€", null)]
    [InlineData("Donne pizzas du goûter d'anniversaire, on en a fait 5, 3 restent, à prendre ce soir", 3)]
    [InlineData("Cherche bois de palette (une vingtaine de palettes) pour un potager surélevé", 20)]
    [InlineData("Je donne des parpaings qui restent du chantier, 8 ou 9, à venir chercher", 9)]
    [InlineData("Je donne mes bidons en plastique, 20 litres chacun, 3 pièces, à prendre au garage", 3)]
    [InlineData("Donne vélo de ville pour homme, 3 vitesses, pneus neufs", null)]
    [InlineData("Je prête ma série de romans policiers (les 12 tomes), à rendre avant l'été", 12)]
    [InlineData("Je donne des livres de cuisine, environ 6 volumes, à prendre ce week-end", 6)]
    [InlineData("Je donne des tuiles de récup, il y en a à peu près 40", 40)]
    [InlineData("Je donne quatre-cinq cageots de pommes", 5)]
    [InlineData("Je donne trois-quatre rosiers en pot", 4)]
    [InlineData("Je donne dix-huit bocaux", 18)]
    [InlineData("Donne un seul tabouret de bar, l'autre est cassé", 1)]
    [InlineData("Vends 6x verres à pied", 6)]
    [InlineData("Vends commode en pin, prix : 40", null)]
    [InlineData("Vends sommier 160 x 200 en bon état", null)]
    [InlineData("Vends coussins de chaise 2 x 8€", 2)]
    public void A_count_is_read_as_residents_state_it(string text, int? quantity)
    {
        Assert.Equal(quantity, Parser.Parse(text).Quantity);
    }

    [Theory]
    [InlineData("jdonne 2 chaises de jardin svp venez les prendre", ListingKind.Give, "chaise de jardin", ListingCategory.GardenPlants, 2)]
    [InlineData("Qqn aurait une perceuse à me prêter pour ce week-end ? je la rends dimanche", ListingKind.Borrow, "perceuse", ListingCategory.DiyTools, null)]
    [InlineData("Je peux garder vos chats pendant les vacances de Noël", ListingKind.HelpOffer, "garde de chat", ListingCategory.ServiceCare, null)]
    [InlineData("PERDU trousseau de clés vers la boulangerie ce matin !!", ListingKind.Lost, "trousseau de clés", ListingCategory.Other, null)]
    [InlineData("échange mon vélo enfant contre une trottinette", ListingKind.Exchange, "vélo enfant", ListingCategory.Kids, null)]
    [InlineData("Apéro entre voisins vendredi soir dans la cour, venez nombreux 🍻", ListingKind.Event, "apéro", ListingCategory.Event, null)]
    [InlineData("merci à tous, le canapé est parti !", ListingKind.None, null, ListingCategory.None, null)]
    [InlineData("Vends iPhone neuf 100€, je suis à l'étranger, paiement par coupon PCS et envoi par transporteur", ListingKind.None, null, ListingCategory.None, null)]
    public void A_message_becomes_a_clean_listing_proposal(string text, ListingKind kind, string? firstItem, ListingCategory category, int? quantity)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(kind, parse.Kind);
        Assert.Equal(category, parse.Category);
        Assert.Equal(quantity, parse.Quantity);
        if (firstItem is null)
        {
            Assert.Empty(parse.Items);
        }
        else
        {
            Assert.Equal(firstItem, parse.Items[0]);
        }
    }

    [Fact]
    public void A_scam_is_flagged_for_moderation()
    {
        var parse = Parser.Parse("Vends iPhone neuf 100€, je suis à l'étranger, paiement par coupon PCS et envoi par transporteur");

        Assert.Contains(ScamSignals.Coupon, parse.ScamSignals);
        Assert.Contains(ScamSignals.SellerAbroad, parse.ScamSignals);
    }

    [Fact]
    public void Parsing_is_safe_from_many_threads_at_once()
    {
        var texts = CorpusLine.Load().Select(l => l.Text).ToList();
        var expected = texts.Select(t => Parser.Parse(t)).Select(p => (p.Kind, string.Join('|', p.Items), p.PriceEur, p.When)).ToList();

        var results = new (ListingKind, string, decimal?, string?)[texts.Count];
        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var p = Parser.Parse(texts[i % texts.Count]);
            results[i % texts.Count] = (p.Kind, string.Join('|', p.Items), p.PriceEur, p.When);
        });

        Assert.Equal(expected, results);
    }
}

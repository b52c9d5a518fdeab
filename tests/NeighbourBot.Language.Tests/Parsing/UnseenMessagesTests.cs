using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Messages written for these tests in other words than the corpus (SMS spellings, Belgian and Québec words,
/// unknown objects, help nobody catalogued): the parser must have learnt the language, not the corpus lines.
/// </summary>
public sealed class UnseenMessagesTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared);

    [Theory]
    [InlineData("jvends mon velo 40e dispo ce we", ListingKind.Sell, "vélo")]
    [InlineData("jcherche un frigo pas cher svp", ListingKind.Seek, "frigo")]
    [InlineData("Vends baignoire bb 5€", ListingKind.Sell, "baignoire bébé")]
    [InlineData("Donne une ta\u00ADble de nuit, copiée d'un site", ListingKind.Give, "table de nuit")]
    [InlineData("Je donne un esca\u200Bbeau", ListingKind.Give, "escabeau")]
    [InlineData("Je cède ma machine à laver pour 60€", ListingKind.Sell, "machine à laver")]
    [InlineData("Je cède mon vieux canapé, à prendre sur place", ListingKind.Give, "canapé")]
    [InlineData("Vends garde-robe en chêne, septante euros", ListingKind.Sell, "armoire")]
    [InlineData("Avis aux amateurs : je donne une collection de timbres", ListingKind.Give, "timbre")]
    [InlineData("Ramassé un gilet bleu à la sortie de l'école ce midi", ListingKind.Found, "gilet")]
    [InlineData("On recherche notre chien Max, un labrador noir, disparu depuis dimanche", ListingKind.Lost, "chien")]
    [InlineData("On m'a piqué mon vélo dans la cour cette nuit, un VTT bleu", ListingKind.Lost, "vtt")]
    [InlineData("Un vélo d'enfant traîne depuis une semaine devant le local poubelles, est-ce à vous ?", ListingKind.Found, "vélo enfant")]
    [InlineData("Qui me prêterait sa voiture une heure ? Je rembourse l'essence", ListingKind.Borrow, "voiture")]
    [InlineData("Bjr qq1 a un aspi à me passer ? le mien a lâché", ListingKind.Borrow, "aspirateur")]
    [InlineData("Je prête ma foreuse, GSM 0639981240", ListingKind.Lend, "perceuse")]
    [InlineData("Troc : 3 livres de poche contre un puzzle", ListingKind.Exchange, "livre de poche")]
    [InlineData("Jeune étudiante propose baby-sitting le soir et le mercredi", ListingKind.HelpOffer, "baby-sitting")]
    [InlineData("Besoin d'aide lundi prochain entre 10h et midi pour porter des cartons", ListingKind.HelpRequest, "aide pour porter des cartons")]
    [InlineData("Je cherche quelqu'un pour réparer ma chaise en bois", ListingKind.HelpRequest, "réparation de chaise")]
    [InlineData("dispo dim aprem pr garder vos chiens", ListingKind.HelpOffer, "garde de chien")]
    [InlineData("Qui voudrait bien me déposer au centre commercial samedi ?", ListingKind.HelpRequest, "trajet vers le centre commercial")]
    [InlineData("Goûter de Noël pour les enfants de la résidence mercredi 16h", ListingKind.Event, "goûter de noël")]
    [InlineData("Jeux de société : qui veut jouer jeudi soir ?", ListingKind.Event, "soirée jeux de société")]
    [InlineData("Repas partagé dimanche 12h30 dans le jardin", ListingKind.Event, "repas partagé")]
    [InlineData("Dispo : 2 chaises pliantes, venez les chercher", ListingKind.Give, "chaise pliante")]
    [InlineData("Mon taille-haie est dispo pour qui en a besoin, il faut juste me le rendre", ListingKind.Lend, "taille-haie")]
    [InlineData("Quelqu'un aurait une ponceuse ? Juste pour un week-end", ListingKind.Borrow, "ponceuse")]
    [InlineData("Rappel : la réunion de copropriété est reportée", ListingKind.None, null)]
    [InlineData("Bonne fête des mères à toutes les mamans du quartier 💐", ListingKind.None, null)]
    [InlineData("Quelqu'un peut me recommander un bon garage pas cher ?", ListingKind.None, null)]
    [InlineData("Prêt d'argent rapide entre particuliers, taux 2%, contactez-moi", ListingKind.None, null)]
    [InlineData("donne pousette canne et trotinette", ListingKind.Give, "poussette canne")]
    [InlineData("je vend une aspirteur sans sac 20e", ListingKind.Sell, "aspirateur")]
    [InlineData("Quelqu'un pourrait nous conduire à l'hôpital mardi ? On n'a plus de voiture", ListingKind.HelpRequest, "trajet vers l'hôpital")]
    [InlineData("Cherche un lift pour Autrans dimanche matin", ListingKind.HelpRequest, "trajet vers autrans")]
    [InlineData("Je vais au Lidl samedi, j'ai 2 places dans ma voiture pour ceux qui n'en ont pas", ListingKind.HelpOffer, "trajet vers le supermarché")]
    [InlineData("qqn dispo pour tailler mes 2 cerisiers avant le printemps ?", ListingKind.HelpRequest, "taille de cerisier")]
    [InlineData("Besoin d'un coup de main pour monter les pneus hiver sur ma Clio", ListingKind.HelpRequest, "montage de pneu")]
    [InlineData("Quelqu'un pour m'aider à porter 3 cartons au grenier ?", ListingKind.HelpRequest, "aide pour porter des cartons")]
    [InlineData("Besoin de bras pour décharger 2 stères de bois samedi", ListingKind.HelpRequest, "déchargement de bois")]
    [InlineData("Besoin de bras pour rentrer 3 stères de bois samedi", ListingKind.HelpRequest, "aide pour rentrer")]
    [InlineData("Je descends à Lyon dimanche, 2 places dispo", ListingKind.HelpOffer, "trajet vers lyon")]
    [InlineData("Je vais à Besançon demain, je peux prendre 2 personnes", ListingKind.HelpOffer, "trajet vers besançon")]
    [InlineData("Si quelqu'un va au marché samedi, pourriez-vous me rapporter du pain ?", ListingKind.HelpRequest, "ramener des achats")]
    [InlineData("Vous avez besoin d'une échelle ? J'en ai une grande, je peux la prêter", ListingKind.Lend, "échelle")]
    [InlineData("Un poêle à granulés à vendre, prix à discuter", ListingKind.Sell, "poêle à granulés")]
    [InlineData("Des poules se baladent dans la rue des Lilas, à qui sont-elles ?", ListingKind.Found, "poule")]
    [InlineData("Un plombier parmi les voisins ? Mon évier est bouché", ListingKind.HelpRequest, "débouchage d'évier")]
    [InlineData("Je suis preneuse de bocaux vides", ListingKind.Seek, "bocal")]
    [InlineData("Le chien perdu de la rue Vannerie a été retrouvé, merci !", ListingKind.None, null)]
    [InlineData("Vds PS5 + 2 manettes 350 €, possibilité d'échange avec un PC portable", ListingKind.Sell, "console de jeux")]
    [InlineData("Ma box internet clignote, quelqu'un sait la réparer ? Je suis perdu.", ListingKind.HelpRequest, "dépannage box internet")]
    [InlineData("Je donne un lit avec sommier, le matelas est parti à la déchetterie.", ListingKind.Give, "lit")]
    [InlineData("Un ballon de basket a atterri dans mon jardin, les ados peuvent venir le chercher", ListingKind.Found, "ballon de basket")]
    [InlineData("J'ai perdu mes écouteurs, quelqu'un en vendrait des pas chers ?", ListingKind.Seek, "écouteurs")]
    [InlineData("Séance de méditation en plein air samedi matin au jardin partagé, ouvert à tous.", ListingKind.Event, "séance de méditation")]
    [InlineData("Je troque mes cours de yoga contre des cours de guitare.", ListingKind.Exchange, "cours de yoga")]
    [InlineData("Qui connaît le code du portail ?", ListingKind.None, null)]
    [InlineData("Je prête mon GSM de secours à qui en a besoin pour quelques jours.", ListingKind.Lend, "téléphone portable")]
    public void A_message_in_other_words_is_understood(string text, ListingKind kind, string? firstItem)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(kind, parse.Kind);
        Assert.Equal(firstItem, parse.Items.Count > 0 ? parse.Items[0] : null);
    }

    [Theory]
    [InlineData("Finalement je prête plus ma ponceuse, on me l'a rendue abîmée", ListingKind.None)]
    [InlineData("Je vends plus mon buffet, je le donne, il faut le démonter", ListingKind.Give)]
    [InlineData("Vol de ma trottinette électrique devant la gare hier soir", ListingKind.Lost)]
    [InlineData("Mon colis indiqué livré lundi, jamais reçu, un voisin l'aurait pris ?", ListingKind.Lost)]
    [InlineData("Mon fils a laissé son vélo devant le collège, quelqu'un l'a vu ?", ListingKind.Lost)]
    [InlineData("Notre perruche est partie par la fenêtre ce matin, elle est verte", ListingKind.Lost)]
    [InlineData("Le livreur a déposé chez moi un colis pour le 3e droite", ListingKind.Found)]
    [InlineData("Je mets mon déambulateur à la disposition de qui en aurait besoin", ListingKind.Lend)]
    [InlineData("Giving away une étagère, bon état, à prendre ce soir", ListingKind.Give)]
    [InlineData("Je donne mon vieux congélateur à qui vient m'aider à le descendre", ListingKind.Exchange)]
    [InlineData("Qqn me passerait sa remorque samedi pour aller à la déchetterie ?", ListingKind.Borrow)]
    [InlineData("Coupure d'eau prévue mardi de 9h à 12h dans toute la résidence", ListingKind.None)]
    [InlineData("Cliquez vite et donnez vos coordonnées bancaires pour gagner un téléviseur", ListingKind.None)]
    [InlineData("jpeux monter vos packs d'eau dans les étages tant que l'ascenseur est en panne", ListingKind.HelpOffer)]
    [InlineData("Une poussette canne dispo, si besoin n'hésitez pas", ListingKind.Give)]
    [InlineData("Je donne une étagère, bâtiment B, 3e étage, porte F, 9e", ListingKind.Give)]
    [InlineData("Dispo gratuitement : trois plaques de placo, à venir chercher", ListingKind.Give)]
    public void The_rules_read_a_kind_said_in_everyday_words(string text, ListingKind kind)
    {
        // The rules alone: the kind model must not be what makes these right.
        var rulesOnly = new FrenchListingParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, null, kindModel: null);

        Assert.Equal(kind, rulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("ch poussette canne bon état", ListingKind.Seek)]
    [InlineData("Auriez-vous une chaise haute à me céder ?", ListingKind.Seek)]
    [InlineData("Quelqu'un pourrait me céder son vieux four ? je viens le prendre", ListingKind.Seek)]
    [InlineData("Vends lampadaire 15€. Correction : je le donne finalement", ListingKind.Give)]
    [InlineData("Je voulais emprunter un transat mais finalement je préfère en acheter un", ListingKind.Seek)]
    public void The_kind_model_does_not_overrule_what_only_the_rules_can_read(string text, ListingKind kind)
    {
        Assert.Equal(kind, Parser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Perdu chat le 2/12 vers 18h", "le 2/12 vers 18h")]
    [InlineData("Je donne un meuble, à prendre d'ici la fin de la semaine", "d'ici la fin de la semaine")]
    [InlineData("Donne pommes, cueillies hier, à prendre aujourd'hui", "aujourd'hui")]
    [InlineData("Donne lit acheté en 2019, à récupérer demain", "demain")]
    [InlineData("Vends frigo, il a 5 ans, urgent", null)]
    [InlineData("Donne siège auto groupe 2/3, très propre", null)]
    [InlineData("Je donne un canapé à récupérer en début de soirée", "en début de soirée")]
    [InlineData("Je donne un canapé, dispo pendant les fêtes", "pendant les fêtes")]
    [InlineData("Fête de la soupe le 3 déc à 18h", "le 3 déc à 18h")]
    [InlineData("VDS CONGÉLATEUR 100€ A VENIR CHERCHER AVANT LE 15", "AVANT LE 15")]
    [InlineData("Égaré : portefeuille dans le bus 12 vendredi soir", "vendredi soir")]
    [InlineData("Qui veut des chatons ? dispo à Noël", "à Noël")]
    [InlineData("Je donne un manteau porté une seule fois l'hiver dernier", null)]
    [InlineData("Je peux promener votre chien 1 après-midi par semaine", null)]
    [InlineData("Je peux vous aider à ranger votre garage un samedi", null)]
    [InlineData("L'hiver approche, je donne des couvertures pour les chats du quartier", null)]
    [InlineData("Je cherche des bocaux pour l'atelier Noël de l'école", null)]
    [InlineData("Donne radis cueillis du potager ce matin même", null)]
    [InlineData("Donne chiots, appelez le soir au 06 39 98 11 22", null)]
    [InlineData("Je prête mon diable, vous me le ramenez le soir", null)]
    [InlineData("Je cherche de l'aide pour planter des haies une fois par mois cet automne", "cet automne")]
    [InlineData("J'ai cassé mon fer et j'ai un entretien demain, quelqu'un peut me prêter le sien ?", "demain")]
    [InlineData("Quelqu'un pour m'aider à peindre ? je n'ai jamais fait ça de ma vie, on pourrait le faire ce week-end", "ce week-end")]
    [InlineData("Je vends des calendriers pour les fêtes, commande avant le 10 décembre", "avant le 10 décembre")]
    [InlineData("Vends canapé, déménagement à la fin du mois, à prendre avant le 28 novembre", "avant le 28 novembre")]
    [InlineData("Trouvé un chien noir qui erre dans la rue depuis 2 jours", "depuis 2 jours")]
    [InlineData("Trouvé un chien qui dort sous ma voiture depuis une semaine", "depuis une semaine")]
    [InlineData("Un petit chat miaule dans notre parking depuis trois jours, il est à quelqu'un ?", "depuis trois jours")]
    [InlineData("Une trottinette est attachée devant l'immeuble depuis 2 semaines, elle est à qui ?", null)]
    [InlineData("Pendant mes nuits de repos je peux promener votre chien le matin", "le matin")]
    [InlineData("Can someone lend me a ladder for the weekend ?", "for the weekend")]
    [InlineData("Cours de yoga au salon de thé tous les jeudis, débutants bienvenus", "tous les jeudis")]
    [InlineData("Réunion de copropriété le jeudi 12 mars 2026 à 19h dans le hall", "le jeudi 12 mars 2026 à 19h")]
    [InlineData("Je cherche quelqu'un pour sortir mon chien à 12h le lundi, mercredi et vendredi", "à 12h le lundi, mercredi et vendredi")]
    [InlineData("Je prête ma tente ce week-end et le suivant, elle est au garage", "ce week-end et le suivant")]
    [InlineData("Balade aux lampions samedi 13 décembre à la tombée de la nuit, rendez-vous au kiosque", "samedi 13 décembre à la tombée de la nuit")]
    [InlineData("Je vends mes confitures tous les jours à partir de 16h devant chez moi", "tous les jours à partir de 16h")]
    [InlineData("Bourse aux livres de l'école : dépôt des livres jeudi soir, vente samedi 10h-16h", "samedi 10h-16h")]
    [InlineData("Qui veut faire un apéro avant les vacances de février ? Je propose le samedi 7 chez moi", "le samedi 7")]
    [InlineData("Je peux récupérer vos enfants à la sortie de l'école le mardi à 16h30", "le mardi à 16h30")]
    [InlineData("Je donne la luge de ma fille, elle a tout cassé cet hiver en la prêtant", null)]
    [InlineData("Qui pourrait m'aider à repeindre la cuisine un week-end de mars ? Le déménagement est prévu fin avril", "un week-end de mars")]
    [InlineData("Je cherche des pots en verre pour mes conserves, à récupérer courant février", "courant février")]
    [InlineData("Je monte à Paris pour Pâques le 4 avril au matin, il me reste une place", "le 4 avril au matin")]
    [InlineData("Qqn pourrait nourrir mon chat pendant mes vacances du 10 au 18 août ?", "du 10 au 18 août")]
    [InlineData("Cherche une poussette légère pour mon petit-fils qui vient tous les mercredis", null)]
    [InlineData("Je propose de promener vos chiens deux fois par semaine, le matin", null)]
    [InlineData("Je passe le permis le 12, qqn pour m'entraîner à faire des créneaux ce week-end ?", "ce week-end")]
    [InlineData("Mon père sort de l'hôpital jeudi, quelqu'un pourrait lui apporter ses courses samedi matin ?", "samedi matin")]
    [InlineData("Cherche quelqu'un pour sortir mon chien midi et soir du 2 au 9 mars", "midi et soir du 2 au 9 mars")]
    [InlineData("Qui peut garder mon fils à la sortie de l'école ?", "à la sortie de l'école")]
    [InlineData("J'ai ramassé un bonnet bleu au square tout à l'heure", "tout à l'heure")]
    [InlineData("Je cherche une tondeuse à emprunter avant les beaux jours", "avant les beaux jours")]
    [InlineData("Je vends des crêpes après la messe sur le parvis", "après la messe")]
    [InlineData("Quelqu'un pour garder mon chat à partir du 12", "à partir du 12")]
    [InlineData("Je cherche une table pliante pour le repas des voisins le 21", "le 21")]
    [InlineData("On prépare la soupe pour la maraude de jeudi soir, qui a une grande casserole à prêter ?", "pour la maraude de jeudi soir")]
    [InlineData("Qq1 pourrait me prêter un lit d'appoint pour Noël ? 2 nuits", "pour Noël")]
    [InlineData("Donne canapé, on déménage à la fin du mois", null)]
    [InlineData("Je déménage samedi, qui peut m'aider à porter le frigo ?", "samedi")]
    [InlineData("Donne 6 yaourts qui périment demain", null)]
    [InlineData("On fabrique des cabanes à oiseaux mercredi, qui a des planches ?", "mercredi")]
    [InlineData("Je coupe ma haie samedi, qui veut les branches ?", "samedi")]
    [InlineData("Prêt de ma ponceuse, rendez-la moi dans la semaine", null)]
    [InlineData("On ne revient qu'à Pâques : je donne les yaourts du frigo, à prendre demain avant midi", "demain avant midi")]
    [InlineData("Vends table 40€, ou 30€ si vous venez la chercher ce soir", null)]
    [InlineData("Vends lampe 15€, appelez le zéro six trente-neuf quatre-vingt-dix-huit dix onze (après 19h)", null)]
    [InlineData("Mon chauffe-eau s'est mis en panne cette nuit, qqn s'y connaît en plomberie ?", null)]
    [InlineData("Concours de pétanque au boulodrome samedi 21/06 à 14h, inscriptions sur place", "samedi 21/06 à 14h")]
    [InlineData("Qui vient courir avec moi dimanche en huit ? Départ du parc", "dimanche en huit")]
    [InlineData("Je prête mes déguisements pour Halloween, à rendre le 3 novembre au plus tard", "pour Halloween")]
    [InlineData("Si vous partez cet hiver, je peux arroser vos plantes du 20 décembre au 4 janvier", "du 20 décembre au 4 janvier")]
    [InlineData("Après-midi crêpes pour les voisins le 4/12 à 15h, venez nombreux !", "le 4/12 à 15h")]
    [InlineData("Défilé costumé dans la rue le soir d'Halloween, départ 18h", "le soir d'Halloween")]
    [InlineData("Cherche quelqu'un pour garder mes enfants pour le réveillon du 31, de 21h à 2h", "pour le réveillon du 31")]
    [InlineData("Je laisse les plants devant chez moi demain dans la matinée", "demain dans la matinée")]
    [InlineData("Je fais des gâteaux pour 6 le samedi, je peux en apporter à une personne seule", "le samedi")]
    [InlineData("J'ai besoin qu'on passe nourrir mon chat deux fois pendant le week-end de la Toussaint", "pendant le week-end de la Toussaint")]
    [InlineData("Qui pourrait m'aider à bêcher le jardin avant les gelées ?", "avant les gelées")]
    [InlineData("Dispo pour promener vos chiens entre midi et 2", "entre midi et 2")]
    [InlineData("Qqn aurait une nappe à me prêter ? Je reçois tout le monde avant la fête du 14", "avant la fête du 14")]
    [InlineData("Perdu une écharpe rouge pendant la fête des voisins", "pendant la fête")]
    [InlineData("J'ai perdu mon bonnet pendant le concert au parc samedi", "samedi")]
    [InlineData("Je cherche des bulbes de tulipes pour le printemps", "pour le printemps")]
    [InlineData("Qui serait partant pour un pique-nique avant les vacances ? Je pensais au samedi 5 juillet au parc", "samedi 5 juillet")]
    [InlineData("Soirée halloween pour les petits le 31 octobre à 18h", "le 31 octobre à 18h")]
    [InlineData("Free sofa, pick up tomorrow", "tomorrow")]
    [InlineData("Vds 2 places concert Stromae 14/03, 50€ chacune", "14/03")]
    [InlineData("Donne siège auto Taille 2/3, très propre", null)]
    [InlineData("Je peux arroser vos plantes pdt les vacances", "pdt les vacances")]
    [InlineData("Je prête ma sono pour les fêtes de famille, elle est au garage", null)]
    [InlineData("Je prête ma sono pour les fêtes de fin d'année", "pour les fêtes de fin d'année")]
    public void Time_phrases_are_found_and_durations_or_descriptions_are_not(string text, string? when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Bonjour à tous, je donne une luge en bois pour enfant, mes petits ont grandi")]
    [InlineData("À donner : tuques et mitaines pour enfants, plusieurs tailles")]
    public void An_object_said_to_be_for_children_is_filed_under_kids(string text)
    {
        Assert.Equal(ListingCategory.Kids, Parser.Parse(text).Category);
    }
}

using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// The kind rules alone (no kind model) on messages written for these specs: each line is one French pattern the rules
/// must read (who gives, who asks, a thing or hands, a notice or its circumstance), never a corpus line.
/// </summary>
public sealed class KindRuleTests
{
    private static readonly FrenchListingParser RulesOnly = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, null, kindModel: null);

    [Theory]
    [InlineData("Mon store banne est coincé, un voisin avec une échelle pourrait venir voir ?")]
    [InlineData("Ma machine à laver fuit, qqn s'y connaît ?")]
    [InlineData("J'ai six sacs de terreau à monter au 3e, qq1 aurait 15 min ?")]
    [InlineData("Besoin d'un coup de main pour remonter la chaîne de mon vélo, je suis devant la pharmacie")]
    [InlineData("Ma voiture refuse de démarrer, quelqu'un a des pinces et peut passer ce soir ?")]
    [InlineData("Nos volets sont bloqués depuis la tempête, quelqu'un sait comment les remettre en route ?")]
    [InlineData("Le lavabo de ma salle de bain déborde, un voisin saurait quoi faire ?")]
    [InlineData("J'aurais besoin de trois personnes pour descendre une armoire samedi matin, bières offertes")]
    [InlineData("besoin aide pour monter un abri de jardin, j'ai le plan mais pas les bras")]
    [InlineData("Quelqu'un va chez Leroy Merlin demain ? J'aurais besoin qu'on me prenne un sac de chaux")]
    [InlineData("J'ai besoin que quelqu'un récupère mon ordonnance à la pharmacie, je suis alité")]
    public void Hands_asked_around_a_thing_are_a_help_request(string text)
    {
        Assert.Equal(ListingKind.HelpRequest, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("si jamais des voisins ont besoin d'aide pour leur déclaration d'impôts, j'étais comptable, je le fais avec plaisir", ListingKind.HelpOffer)]
    [InlineData("dispo samedi si besoin d'aide pour un déménagement, j'ai une camionnette", ListingKind.HelpOffer)]
    [InlineData("Mes deux neveux cherchent à faire du baby-sitting cet été pour se payer le permis", ListingKind.HelpOffer)]
    [InlineData("Je fais du soutien scolaire en maths pour les collégiens, le mercredi", ListingKind.HelpOffer)]
    [InlineData("Je fais Dijon-Beaune tous les vendredis à 8h, ça dépannerait qqn ? Places : 2", ListingKind.HelpOffer)]
    [InlineData("Je promène vos chiens le soir en échange d'un cours de couture", ListingKind.Exchange)]
    [InlineData("Covoit demandé : Beaune -> Dijon lundi matin, je participe à l'essence", ListingKind.HelpRequest)]
    [InlineData("Retraité, je répare vos vélos le samedi matin, gratuit entre voisins", ListingKind.HelpOffer)]
    [InlineData("Étudiante, j'aide gratuitement les collégiens pour leurs exposés, je peux aussi expliquer les maths", ListingKind.HelpOffer)]
    [InlineData("Help ! besoin d'emprunter une clé à molette, mon évier fuit", ListingKind.Borrow)]
    public void Who_provides_the_service_decides_its_direction(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Nos deux lapins se sont échappés du clapier cette nuit", ListingKind.Lost)]
    [InlineData("Tortue échappée du jardin hier, elle s'appelle Caramel", ListingKind.Lost)]
    [InlineData("On a volé ma boîte aux lettres cette nuit, si vous voyez quelque chose…", ListingKind.Lost)]
    [InlineData("Notre chat ne rentre plus depuis jeudi, roux avec un collier vert", ListingKind.Lost)]
    [InlineData("Mon chien a fugué pendant le feu d'artifice du 14 juillet, il a peur des pétards", ListingKind.Lost)]
    [InlineData("Perdu mes clés de voiture hier soir pendant la fête des voisins", ListingKind.Lost)]
    [InlineData("Un hérisson se promenait dans l'allée ce matin, il est dans un carton chez moi", ListingKind.Found)]
    [InlineData("J'ai reçu une lettre recommandée qui n'est pas pour moi, au nom de Mme Perrin", ListingKind.Found)]
    [InlineData("Des gants de ski oubliés sur le banc de l'arrêt de bus, je les ai mis sur la grille", ListingKind.Found)]
    [InlineData("Qqn a perdu un parapluie ? Il est resté à la caisse de la supérette depuis lundi", ListingKind.Found)]
    [InlineData("Un chaton miaule dans la cave depuis hier, si personne ne le réclame je le garde", ListingKind.Found)]
    [InlineData("Trouvé un bracelet en argent sur le parking après le marché de Noël", ListingKind.Found)]
    [InlineData("On m'a volé ma trottinette lundi, du coup j'en cherche une d'occasion, 150€ max", ListingKind.Seek)]
    public void A_notice_is_read_before_its_circumstances(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("On a un barnum pliant dans le garage, on le prête bien sûr pour vos fêtes", ListingKind.Lend)]
    [InlineData("J'ai un grand faitout pour les confitures, je le passe volontiers, il revient après", ListingKind.Lend)]
    [InlineData("Si des étudiants ont besoin d'une calculatrice scientifique, j'en ai trois à prêter", ListingKind.Lend)]
    [InlineData("J'ai une remorque que je n'utilise que l'été, si un voisin veut l'emprunter c'est ok", ListingKind.Lend)]
    [InlineData("Je prête mes livres de prépa à un étudiant, je n'en ai plus besoin mais je veux les récupérer", ListingKind.Lend)]
    [InlineData("J'aurais besoin d'une yaourtière pour une semaine, je vous la rends lavée", ListingKind.Borrow)]
    [InlineData("Je cherche un siège auto à acheter ou à donner, pas à emprunter, c'est pour tous les jours", ListingKind.Seek)]
    [InlineData("Tondeuse électrique à prêter si besoin, elle dort au garage", ListingKind.Lend)]
    [InlineData("Qqn aurait une tondeuse à prêter ce week-end ?", ListingKind.Borrow)]
    public void A_thing_that_comes_back_is_a_loan(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Bonjour à tous, je me sépare gratuitement de mes vinyles de jazz, à venir chercher", ListingKind.Give)]
    [InlineData("Je donne une table de chevet (pas la lampe, déjà partie) et un miroir", ListingKind.Give)]
    [InlineData("jdonne un porte-bébé, plus besoin, ma fille marche", ListingKind.Give)]
    [InlineData("Y a quelqu'un que ça intéresse, des boutures de figuier ? J'en ai plein", ListingKind.Give)]
    [InlineData("Qqn a un lapin ? J'ai une botte de foin en trop, je la donne", ListingKind.Give)]
    [InlineData("Mon bois de palettes contre de l'aide pour le scier", ListingKind.Exchange)]
    [InlineData("Je vous laisse mon vieux broyeur si vous m'aidez à tailler la haie", ListingKind.Exchange)]
    [InlineData("Je troquerais bien mes romans contre des BD", ListingKind.Exchange)]
    [InlineData("Le canapé est réservé, par contre je donne le fauteuil assorti", ListingKind.Give)]
    [InlineData("Petite précision : je ne donne pas mon vélo d'appartement, je le prête seulement", ListingKind.Lend)]
    [InlineData("Changement pour la commode : je ne la vends plus 40€, elle part gratuitement", ListingKind.Give)]
    [InlineData("Oups, erreur dans mon annonce : le vaisselier c'est 120€ et pas 210€", ListingKind.Sell)]
    public void Gifts_swaps_and_changes_of_mind(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Merci au monsieur du 3e qui m'a donné son vélo d'appartement, je m'en sers tous les jours")]
    [InlineData("Les jeunes du 2e qui mettent la musique à fond tous les soirs, ras le bol")]
    [InlineData("J'achète votre camping-car cash au meilleur prix, même en panne, appelez-moi")]
    [InlineData("Mon vélo a disparu de la cour ? ah non c'est bon, mon fils l'avait rangé à la cave 😅")]
    public void Thanks_complaints_and_adverts_are_not_listings(string text)
    {
        Assert.Equal(ListingKind.None, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("ch. siège auto groupe 1", ListingKind.Seek)]
    [InlineData("Ch : trottinette pour ma fille", ListingKind.Seek)]
    [InlineData("Auriez-vous un porte-bébé à me céder ?", ListingKind.Seek)]
    [InlineData("Vous pourriez me céder votre vieux vélo ? je le répare moi-même", ListingKind.Seek)]
    [InlineData("Si vous avez des bouchons en liège, je récupère pour l'école", ListingKind.Seek)]
    [InlineData("moi chercher armoire pas chère pour ma chambre", ListingKind.Seek)]
    [InlineData("je donner poussette bon état", ListingKind.Give)]
    [InlineData("À qui ça ferait plaisir ? Une théière en fonte", ListingKind.Give)]
    [InlineData("Je déménage et j'ai des cartons de vaisselle dont je voudrais me débarrasser", ListingKind.Give)]
    [InlineData("Lampe de bureau contre un petit café", ListingKind.Give)]
    [InlineData("Salon de jardin en résine, faites vos offres", ListingKind.Sell)]
    [InlineData("Ma femme l'avait acheté pour la cuisine mais on ne s'en sert pas : robot pâtissier, 70€", ListingKind.Sell)]
    [InlineData("J'ai un nettoyeur vapeur, je peux vous le prêter quand vous voulez", ListingKind.Lend)]
    public void Searches_and_offers_in_short_or_learner_French(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Le volet de la chambre est bloqué depuis hier", ListingKind.HelpRequest)]
    [InlineData("J'aimerais trouver quelqu'un pour discuter en espagnol une fois par semaine", ListingKind.HelpRequest)]
    [InlineData("Je fais votre repassage en échange de cours de maths pour ma fille", ListingKind.Exchange)]
    [InlineData("Je tonds votre pelouse, vous me réparez mon vélo", ListingKind.Exchange)]
    [InlineData("Je vais au marché samedi, je peux vous en ramener si besoin", ListingKind.HelpOffer)]
    [InlineData("Une couturière sérieuse à recommander dans le quartier ?", ListingKind.None)]
    [InlineData("c'est bon j'ai trouvé, merci beaucoup", ListingKind.None)]
    [InlineData("Une paire de gants attend son propriétaire à la pharmacie", ListingKind.Found)]
    public void Problems_swaps_and_notices_said_without_the_usual_verb(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Est-ce que quelqu'un en aurait l'utilité ? Un lit pliant qui dort à la cave", ListingKind.Give)]
    [InlineData("ça intéresserait quelqu'un un meuble à chaussures ?", ListingKind.Give)]
    [InlineData("Y en a qui veulent des graines de courges ?", ListingKind.Give)]
    [InlineData("Qui voudrait des bocaux à confiture ?", ListingKind.Give)]
    [InlineData("Donne bouilloire contre un paquet de café, elle marche", ListingKind.Give)]
    [InlineData("Petite erreur dans mon annonce : le buffet est à donner, pas à vendre", ListingKind.Give)]
    [InlineData("Vends lave-vaisselle 80€, plus dispo le soir mais le matin oui", ListingKind.Sell)]
    [InlineData("Chaussures de randonnée pointure 39, 25€", ListingKind.Sell)]
    [InlineData("Ma tronçonneuse peut être prêtée aux voisins du lotissement", ListingKind.Lend)]
    [InlineData("Besoin d'une agrafeuse murale 20 minutes, qqn ?", ListingKind.Borrow)]
    [InlineData("On n'a pas de lit parapluie, quelqu'un pourrait nous en prêter un ce week-end ?", ListingKind.Borrow)]
    [InlineData("Je voulais emprunter un transat mais finalement je préfère en acheter un", ListingKind.Seek)]
    [InlineData("cc qq1 a 1 trottinette a donner ?", ListingKind.Seek)]
    [InlineData("Looking for a small desk for my daughter", ListingKind.Seek)]
    [InlineData("Rouleaux de papier peint, quelqu'un en veut ? sinon ils partent au tri", ListingKind.Give)]
    [InlineData("qqn intéressé par une yaourtière ?", ListingKind.Give)]
    [InlineData("Y a des amateurs pour une table de mixage ?", ListingKind.Give)]
    [InlineData("Je propose mon taille-haie en échange de ta débroussailleuse", ListingKind.Exchange)]
    public void Offers_put_as_questions_and_changes_of_plan(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Mes lunettes sont tombées de ma poche près du lavoir", ListingKind.Lost)]
    [InlineData("Notre chienne est partie lundi et n'est toujours pas rentrée", ListingKind.Lost)]
    [InlineData("Vous reconnaissez ce chien ? Il attend devant l'école depuis midi", ListingKind.Found)]
    [InlineData("Dimanche troc de livres devant la médiathèque, apportez vos romans", ListingKind.Event)]
    [InlineData("mon chauffe eau fait un bruit bizarre et plus d'eau chaude, qqn s y connait ?", ListingKind.HelpRequest)]
    [InlineData("Combien coûte le ramassage des encombrants ?", ListingKind.None)]
    [InlineData("Je recommande chaudement la pizzeria de la place", ListingKind.None)]
    [InlineData("Quelqu'un a un ostéo à conseiller ?", ListingKind.None)]
    [InlineData("Les scooters roulent trop vite dans l'allée", ListingKind.None)]
    [InlineData("Ne venez plus pour la commode, elle est vendue", ListingKind.None)]
    [InlineData("Gagnez un aspirateur robot en cliquant ici", ListingKind.None)]
    public void Notices_events_and_non_listings_in_plain_words(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("dispo pour donner un coup de main aux révisions du bac", ListingKind.HelpOffer)]
    [InlineData("Je propose mon aide aux personnes âgées pour remplir leurs papiers", ListingKind.HelpOffer)]
    [InlineData("Lycéen, je propose de laver vos vitres le mercredi", ListingKind.HelpOffer)]
    [InlineData("Mon neveu de 18 ans cherche des heures de ménage ou de repassage", ListingKind.HelpOffer)]
    [InlineData("Je passe à Carrefour cet après-midi, si quelqu'un a besoin de quelque chose", ListingKind.HelpOffer)]
    [InlineData("recherche prof pour cours de physique niveau terminale", ListingKind.HelpRequest)]
    [InlineData("Est-ce que la déchetterie accepte les vieux matelas ?", ListingKind.None)]
    [InlineData("Internet coupé chez vous aussi ?", ListingKind.None)]
    [InlineData("Je tiens à remercier le voisin qui a retrouvé mes clés", ListingKind.None)]
    public void Hands_offered_or_asked_and_questions_to_all(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Ma fille avait son bonnet au parc ce matin, on ne l'a plus retrouvé", ListingKind.Lost)]
    [InlineData("On organise le baptême du petit dimanche, quelqu'un pourrait nous prêter des tréteaux ?", ListingKind.Borrow)]
    [InlineData("On fête les 60 ans de mon mari samedi, quelqu'un pourrait nous prêter des tréteaux ?", ListingKind.Borrow)]
    [InlineData("Nous avons besoin de vêtements chauds pour nos enfants, merci d'avance", ListingKind.Seek)]
    [InlineData("Besoin urgent d'une chaise haute, le bébé arrive", ListingKind.Seek)]
    [InlineData("Quelqu'un se sépare d'un congélateur ?", ListingKind.Seek)]
    [InlineData("Qqn a une scie cloche ? c'est pour 3 trous dans une porte", ListingKind.Borrow)]
    [InlineData("Après la brocante il me reste de la vaisselle, je la donne", ListingKind.Give)]
    [InlineData("Ma sacoche a été oubliée dans le bus 4 ce matin", ListingKind.Lost)]
    [InlineData("Quelqu'un a-t-il trouvé un trousseau avec un porte-clés rouge ? Je l'ai perdu hier", ListingKind.Lost)]
    [InlineData("c bon, trouvé !", ListingKind.None)]
    public void A_need_told_through_its_story(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Fact]
    public void A_car_job_is_read_whatever_the_car_is_called()
    {
        var parse = RulesOnly.Parse("Je peux changer la batterie de votre auto, j'ai le matériel");

        Assert.Equal(ListingKind.HelpOffer, parse.Kind);
        Assert.Equal(["changement de batterie"], parse.Items);
    }

    [Theory]
    [InlineData("Grand nettoyage collectif du parc dimanche 10h, sacs et gants fournis, venez nombreux")]
    [InlineData("Club de lecture tous les mardis 19h à la médiathèque, gratuit, ouvert à tous")]
    public void A_dated_collective_activity_is_an_event(string text)
    {
        Assert.Equal(ListingKind.Event, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Qui a besoin de bocaux ? J'en ai tout un carton", ListingKind.Give)]
    [InlineData("Quelqu'un aurait l'usage d'une table à repasser ? Je la laisse pour rien", ListingKind.Give)]
    [InlineData("Une voisine serait-elle intéressée par des rideaux ? je m'en sépare", ListingKind.Give)]
    [InlineData("Notre vieux canapé cherche un nouveau foyer", ListingKind.Give)]
    [InlineData("Je cherche preneur pour une pile de magazines de bricolage", ListingKind.Give)]
    [InlineData("Des bottes de pluie pour enfant, ça intéresse ?", ListingKind.Give)]
    [InlineData("Vous voulez des courgettes ? le potager déborde", ListingKind.Give)]
    [InlineData("gratuit contre enlèvement : vieux buffet de cuisine", ListingKind.Give)]
    [InlineData("Mon micro-ondes marche encore, qui le veut le prend", ListingKind.Give)]
    [InlineData("J'ai oublié de préciser : le matelas est gratuit", ListingKind.Give)]
    [InlineData("Liquidation avant départ : frigo 50€, four 30€", ListingKind.Sell)]
    [InlineData("Je veux bien des plants de fraisiers si quelqu'un s'en débarrasse", ListingKind.Seek)]
    [InlineData("Si un voisin a des pots de fleurs en trop, je suis intéressée", ListingKind.Seek)]
    [InlineData("Je serais ravie si quelqu'un pouvait me céder une chaise haute", ListingKind.Seek)]
    public void A_taker_sought_by_a_question_and_a_thing_wished_for_in_passing(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Je veux bien prêter ma scie sauteuse à un voisin", ListingKind.Lend)]
    [InlineData("Notre remorque est à votre disposition, il suffit de demander", ListingKind.Lend)]
    [InlineData("Si des voisins font des travaux, on peut prêter notre bétonnière", ListingKind.Lend)]
    [InlineData("Serait-il possible qu'une voisine me prête un moule à gâteau ce soir ?", ListingKind.Borrow)]
    [InlineData("Il me faudrait un lit d'appoint pour une semaine, mes parents viennent", ListingKind.Borrow)]
    [InlineData("qqn pr me pret 1 agrafeuse svp", ListingKind.Borrow)]
    [InlineData("Quelqu'un a une visseuse ? J'en ai besoin 2h", ListingKind.Borrow)]
    public void A_loan_offered_or_asked_in_everyday_words(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Si des étudiants cherchent quelqu'un pour relire leur mémoire, je suis là", ListingKind.HelpOffer)]
    [InlineData("Qui a besoin qu'on lui sorte les poubelles le mardi ?", ListingKind.HelpOffer)]
    [InlineData("Besoin d'aide pour un déménagement ? J'ai une camionnette et du temps", ListingKind.HelpOffer)]
    [InlineData("qqun pr monter un meuble au 2e stp", ListingKind.HelpRequest)]
    [InlineData("Aide pour remplir un formulaire de la CPAM svp, je comprends pas", ListingKind.HelpRequest)]
    public void Who_gives_the_hands_when_others_need_is_named(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Hier en sortant du cinéma je me suis aperçu que je n'avais plus mon écharpe grise, c'est un cadeau de ma femme", ListingKind.Lost)]
    [InlineData("En rentrant on a vu que le vélo de mon fils n'était plus là devant le garage", ListingKind.Lost)]
    [InlineData("Un chaton tout maigre miaulait dans l'escalier, pas de collier, je l'ai fait entrer chez moi", ListingKind.Found)]
    [InlineData("Une trottinette est attachée à notre portail depuis lundi", ListingKind.Found)]
    public void A_notice_whose_cue_comes_late_in_the_story(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Je retire mon annonce pour le congélateur")]
    [InlineData("Annulez ma demande de tondeuse, c'est bon j'en ai trouvé une")]
    [InlineData("Mon offre de garde de chat n'est plus d'actualité")]
    [InlineData("Le covoiturage de dimanche est complet, merci")]
    [InlineData("Vente terminée, merci pour vos messages")]
    [InlineData("Quelqu'un a entendu l'explosion vers 22h ?")]
    [InlineData("Méfiez-vous des faux agents EDF qui sonnent aux portes")]
    [InlineData("Est-ce qu'on peut vendre des billets de concert ici ?")]
    [InlineData("Quelqu'un d'autre a des coupures de courant depuis ce matin ?")]
    [InlineData("Est-ce que la brocante d'automne aura lieu malgré la pluie ?")]
    [InlineData("Qui organise la chasse aux œufs de Pâques cette année ?")]
    public void Withdrawals_and_questions_to_all_are_no_listing(string text)
    {
        Assert.Equal(ListingKind.None, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Merci à Sophie pour le prêt de son escabeau, ça m'a sauvé", ListingKind.None)]
    [InlineData("Je ne veux pas jeter ce fauteuil, quelqu'un le veut ?", ListingKind.Give)]
    [InlineData("Plutôt que de les jeter, je laisse mes vieux cadres à qui les veut", ListingKind.Give)]
    [InlineData("Des pots de confiture vides à donner ? C'est pour mes confitures de prunes", ListingKind.Seek)]
    [InlineData("Notre tortue est sortie du jardin hier soir", ListingKind.Lost)]
    [InlineData("J'ai reçu une lettre recommandée qui ne m'est pas destinée", ListingKind.Found)]
    public void Thanks_throwing_away_and_notices_said_sideways(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Je suis aide-soignante, si quelqu'un a besoin de soins je peux passer", ListingKind.HelpOffer)]
    [InlineData("Je repasse vos chemises, 1€ pièce", ListingKind.HelpOffer)]
    [InlineData("Je vais à Carrefour tous les samedis, j'ai deux places dans ma voiture", ListingKind.HelpOffer)]
    [InlineData("je tond les pelouses du lotissement, prix raisonnable", ListingKind.HelpOffer)]
    [InlineData("Papi de 90 ans cherche compagnie pour jouer aux cartes", ListingKind.HelpRequest)]
    [InlineData("Besoin de qqn avec une remorque pr évacuer des gravats", ListingKind.HelpRequest)]
    [InlineData("besoin covoit pour l'aéroport lundi 5h", ListingKind.HelpRequest)]
    [InlineData("Quelqu'un aurait le temps d'aider ma fille à réviser son brevet ?", ListingKind.HelpRequest)]
    [InlineData("Je cherche une voisine qui aurait le temps de nourrir mes poissons en août", ListingKind.HelpRequest)]
    [InlineData("qqn aurait 2h pr m'aider à poser une étagère ?", ListingKind.HelpRequest)]
    [InlineData("Ma tondeuse fait un bruit bizarre, un bricoleur dans le coin ?", ListingKind.HelpRequest)]
    [InlineData("Je cherche un/une étudiant(e) pour du soutien en maths", ListingKind.HelpRequest)]
    public void Hands_offered_or_asked_in_short_and_typed_fast(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Nous organisons le baptême de notre fille dimanche, quelqu'un aurait des nappes à prêter ?")]
    [InlineData("J'aurais besoin d'une poussette pour mon neveu deux semaines, en prêt si possible")]
    [InlineData("Cherche costume de clown taille 6 ans pr samedi")]
    [InlineData("Perceuse à percussion qqn ? 3 trous à faire dans du béton")]
    [InlineData("pourriez-vous nous laisser votre lit parapluie quelques jours ? il vous reviendra propre")]
    [InlineData("Qui me dépannerait d'une pince à sertir ce soir ?")]
    [InlineData("Urgent, la voiture démarre plus, qqn a des câbles ?")]
    public void A_thing_wanted_for_a_while_is_borrowed(string text)
    {
        Assert.Equal(ListingKind.Borrow, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Bonsoir, un bonnet rouge a été oublié samedi à la salle des fêtes, il est chez moi", ListingKind.Found)]
    [InlineData("quelqu un a perdu un trousseau ? il était sur la boîte aux lettres", ListingKind.Found)]
    [InlineData("Quelqu'un a vu passer le livreur ce matin ? J'attends un colis", ListingKind.None)]
    [InlineData("C'est normal que ma photo s'affiche pas ? je l'ai mise y a 3h", ListingKind.None)]
    [InlineData("Je pars pour 4 jours, quelqu'un pourrait arroser mes plantes vertes ?", ListingKind.HelpRequest)]
    [InlineData("J'ai fait trop de crêpes pr la kermesse, qui en veut ?", ListingKind.Give)]
    [InlineData("Il nous reste des crêpes du goûter de samedi, qui en veut ?", ListingKind.Give)]
    public void The_circumstance_around_a_notice_a_need_or_a_leftover_is_not_the_listing(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("J'ai des boutures de menthe, je voudrais du thym en échange", ListingKind.Exchange)]
    [InlineData("Notre remorque peut être empruntée par les voisins, il suffit de sonner", ListingKind.Lend)]
    [InlineData("Il me faudrait une agrafeuse murale juste le temps de poser un tissu", ListingKind.Borrow)]
    [InlineData("On a trop de soupe, quelqu'un a faim ? je descends des bols", ListingKind.Give)]
    [InlineData("Qui aurait une voiture et pourrait conduire mon fils au stade ?", ListingKind.HelpRequest)]
    [InlineData("Vous cherchez quelqu'un pour nourrir vos poules en août ? je suis disponible", ListingKind.HelpOffer)]
    [InlineData("j'aimerais bien une yaourtière si jamais quelqu'un veut s'en débarrasser", ListingKind.Seek)]
    [InlineData("Mon oncle avait un atelier plein d'outils, dont une scie circulaire, on préfère que ça serve aux voisins, venez voir dimanche", ListingKind.Give)]
    public void Who_gives_and_who_takes_when_the_usual_verb_is_missing(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Qqn me prête une rallonge pour ce soir ?", ListingKind.Borrow)]
    [InlineData("Si vous avez besoin d'un appareil à fondue pour une soirée, je vous le prête", ListingKind.Lend)]
    [InlineData("Si vous partez en camping cet été, je peux vous prêter ma glacière", ListingKind.Lend)]
    [InlineData("J'ai perdu ma gourde, du coup je cherche des gourdes pas chères", ListingKind.Seek)]
    [InlineData("Lapin nain échappé, gris et blanc", ListingKind.Lost)]
    [InlineData("Je ne propose plus de garde d'enfants le mercredi", ListingKind.None)]
    [InlineData("Vous avez un numéro de plombier pas trop cher ?", ListingKind.None)]
    [InlineData("Besoin d'une brouette pr samedi, rendue le soir", ListingKind.Borrow)]
    [InlineData("Lampe 5€... bon allez je la donne", ListingKind.Give)]
    [InlineData("Je donne le micro-ondes, je rends les clés vendredi", ListingKind.Give)]
    [InlineData("On a racheté un frigo plus grand, donc je donne l'ancien", ListingKind.Give)]
    public void Loans_trips_replacements_and_changes_of_heart(string text, ListingKind kind)
    {
        Assert.Equal(kind, RulesOnly.Parse(text).Kind);
    }
}

using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// The kind rules alone (no kind model) on messages written for these specs: each line is one French pattern the rules
/// must read (who gives, who asks, a thing or hands, a notice or its circumstance), never a corpus line.
/// </summary>
public sealed class KindRuleTests
{
    private static readonly FrenchListingParser RulesOnly = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance, kindModel: null);

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
}

using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Holidays, feast days, deadlines and slots with an exception date a listing with their whole phrase, and a phone number,
/// a telephone given away or a holiday that names a thing ("œufs de Pâques") do not.
/// </summary>
public sealed class WhenPhraseTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Je prête ma crêpière, à rendre entre Noël et le nouvel an", "entre Noël et le nouvel an")]
    [InlineData("Qqn pour nourrir mes lapins le jour de l'an ?", "le jour de l'an")]
    [InlineData("Cherche une rallonge pour la veille de Noël, je la rends le 26", "pour la veille de Noël")]
    [InlineData("Perdu mon écharpe le lendemain du nouvel an vers la gare", "le lendemain du nouvel an")]
    [InlineData("Qui aurait une remorque à me prêter pour le pont de l'Ascension ?", "pour le pont de l'Ascension")]
    [InlineData("Je cherche un barnum pour la fête de la musique", "pour la fête de la musique")]
    [InlineData("Qqn pour m'aider à faire un gâteau avant la fête des mères ?", "avant la fête des mères")]
    [InlineData("Brocante de l'école le lundi de Pâques sous le préau", "le lundi de Pâques")]
    [InlineData("Ramassage des œufs en chocolat de Pâques au parc samedi 4 avril à 10h", "samedi 4 avril à 10h")]
    [InlineData("Qqn pour garder mon chat pdt les vacs de la Toussaint ?", "pdt les vacs de la Toussaint")]
    public void A_holiday_or_a_feast_day_dates_the_listing(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Besoin d'un coup de main pour mon dossier de bourse avant la date limite du 12 avril", "avant la date limite du 12 avril")]
    [InlineData("Cherche qqn pour vider ma cave la semaine du 8, merci d'avance", "la semaine du 8")]
    [InlineData("Je peux sortir votre chien tous les matins sauf le dimanche", "tous les matins sauf le dimanche")]
    [InlineData("Dispo pour du soutien scolaire tous les jours sauf le mercredi", "tous les jours sauf le mercredi")]
    [InlineData("Je prête ma tente le dernier week-end de mai", "le dernier week-end de mai")]
    [InlineData("Donne parc bébé, passer en milieu de semaine", "en milieu de semaine")]
    [InlineData("Je cherche une chambre pour mon fils d'octobre à juin", "d'octobre à juin")]
    [InlineData("Je cherche une bâche, pas pressée, d'ici le printemps", "d'ici le printemps")]
    [InlineData("Je garde des enfants ts les mardis soir", "ts les mardis soir")]
    [InlineData("qqn pourrait me descendre un carton ajd ?", "ajd")]
    public void A_deadline_or_a_slot_keeps_its_whole_phrase(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Je cherche des roses pour la Saint-Valentin", "pour la Saint-Valentin")]
    [InlineData("Qqn aurait des tréteaux à me prêter à la saint Jean ?", "à la saint Jean")]
    [InlineData("Je donne des cartons, dispo en fin de mois", "en fin de mois")]
    [InlineData("Donne four à pizza, enlèvement ce jour", "ce jour")]
    [InlineData("Qqn pour nourrir mes poissons depuis ce soir jusqu'à mardi ?", "depuis ce soir jusqu'à mardi")]
    [InlineData("Je cherche une calculatrice pour la rentrée 2027", "pour la rentrée 2027")]
    [InlineData("Je donne des bons de réduction valables jusqu'à fin 2027", "jusqu'à fin 2027")]
    [InlineData("Je cherche un bout de jardin à cultiver à partir du printemps", "à partir du printemps")]
    [InlineData("Qqn pour m'aider à bâcher ma piscine avant les premiers froids ?", "avant les premiers froids")]
    [InlineData("Je cherche un voile d'hivernage avant le gel", "avant le gel")]
    [InlineData("Donne des œufs, passez à 7 heures du matin", "à 7 heures du matin")]
    [InlineData("Réveillon partagé le 31 décembre au soir dans la salle commune", "le 31 décembre au soir")]
    [InlineData("Noël des petits du quartier samedi 20 décembre 16h", "samedi 20 décembre 16h")]
    public void A_saints_day_a_month_end_or_a_range_dates_the_listing(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Je donne un sommier, venez dimanche à partir de quinze heures", "dimanche à partir de quinze heures")]
    [InlineData("Je donne un sommier, passez mardi 17 heures", "mardi 17 heures")]
    [InlineData("Je donne un sommier, passez jeudi à 18:45", "jeudi à 18:45")]
    [InlineData("Donne des poireaux, venez à 11 heures", "à 11 heures")]
    [InlineData("Donne des poireaux, dispo 17h-18h", "17h-18h")]
    [InlineData("Donne des poireaux, passez vers les 19h", "vers les 19h")]
    [InlineData("Donne des poireaux, passez sur les coups de 20h", "sur les coups de 20h")]
    [InlineData("Donne des poireaux, dispo de 17 à 19h", "de 17 à 19h")]
    [InlineData("Vends 2 places pour le spectacle du 21.03, 30€", "du 21.03")]
    [InlineData("On a volé mon scooter dans la nuit du 8 au 9", "dans la nuit du 8 au 9")]
    [InlineData("Club couture le 1er et le 3e jeudi du mois", "le 1er et le 3e jeudi du mois")]
    public void An_hour_written_any_way_dates_the_listing(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Je prête ma remorque pour 3 heures")]
    [InlineData("Qqn pour m'aider à poser une étagère ? Ça prend entre 1 et 2 heures")]
    [InlineData("Je cherche qqn pour m'emmener à Chalon, c'est à une heure de route")]
    [InlineData("Vends perceuse garantie jusqu'en mai 2027, 45€")]
    [InlineData("Reçu en double à Noël : une bouilloire, je la donne")]
    [InlineData("Cherche prof de chant, 2h par semaine, le soir")]
    [InlineData("Je prête ma plancha pour les soirées d'été")]
    [InlineData("Je donne une bibliothèque, livraison possible à la Saint-Jean-de-Losne")]
    [InlineData("Je peux repasser votre linge, une à deux heures")]
    [InlineData("Noël approche, je donne les jouets de mes enfants")]
    public void A_duration_a_distance_or_a_warranty_dates_nothing(string text)
    {
        Assert.Null(Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Vide-dressing le 9 setpembre dans la cour", "le 9 setpembre", "le 9 septembre")]
    [InlineData("Je donne mon sapin le 27 decmbre", "le 27 decmbre", "le 27 decembre")]
    [InlineData("Cherche covoit pour Besançon le 4 janvie au matin", "le 4 janvie au matin", "le 4 janvier au matin")]
    [InlineData("Bourse aux livres le 18 ocotbre", "le 18 ocotbre", "le 18 octobre")]
    public void A_slip_in_a_month_after_its_day_dates_like_the_usual_spelling(string text, string when, string usual)
    {
        var parse = Parser.Parse(text);
        var written = Parser.Parse(text.Replace(when, usual, StringComparison.Ordinal));

        Assert.Equal(when, parse.When);
        Assert.NotNull(parse.WhenStart);
        Assert.Equal(written.WhenStart, parse.WhenStart);
    }

    [Theory]
    [InlineData("Trouvé un téléphone ce matin devant la pharmacie", "ce matin")]
    [InlineData("J'ai perdu mon trousseau il y a 2 heures au marché", "il y a 2 heures")]
    [InlineData("J'ai trouvé une trottinette il y a trois jours dans la cour", "il y a trois jours")]
    public void The_moment_of_a_loss_or_a_finding_dates_the_notice(string text, string when)
    {
        Assert.Equal(when, Parser.Parse(text).When);
    }

    [Theory]
    [InlineData("Vends buffet 60€. 07 81 22 45 10 après 19h")]
    [InlineData("Je donne des radis semés en avril, il y en a trop")]
    [InlineData("Vends doudoune, idéale pour cet hiver, 25€")]
    [InlineData("Je donne du lait en poudre, date limite juin 2027")]
    [InlineData("Je donne une raclette, servie une fois pour un nouvel an")]
    public void A_time_that_is_not_the_listings_dates_nothing(string text)
    {
        Assert.Null(Parser.Parse(text).When);
    }
}

using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Holidays, feast days, deadlines and slots with an exception date a listing with their whole phrase, and a phone number,
/// a telephone given away or a holiday that names a thing ("œufs de Pâques") do not.
/// </summary>
public sealed class WhenPhraseTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared);

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

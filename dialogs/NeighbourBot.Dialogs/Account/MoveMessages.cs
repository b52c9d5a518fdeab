using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Account;

/// <summary>What a resident reads while moving house (/demenager).</summary>
public static class MoveMessages
{
    public const string Go = "dm:yes";
    public const string Stay = "dm:no";
    public const string GoTitle = "Oui, je déménage";
    public const string StayTitle = "Non, je reste";

    public const string NotSignedUp = "Pour changer d'adresse, il faut d'abord être inscrit(e) avec votre adresse actuelle : tapez /start.";

    public const string Intro =
        "Vous déménagez ? Je vais vérifier votre nouvelle adresse, comme à l'inscription. Rien ne change tant que vous n'avez pas confirmé : tapez /annuler à tout moment pour tout laisser comme avant.";

    public const string AskAddress = "Quelle est votre nouvelle adresse ? Par exemple : 12 rue de la Liberté, Dijon.";

    public const string Kept = "D'accord, je ne change rien : votre adresse, votre quartier et vos annonces restent comme avant.";

    public const string GeocoderDown =
        "Le service qui vérifie les adresses ne répond pas pour le moment. Réessayez dans quelques minutes en m'écrivant votre nouvelle adresse, ou tapez /annuler : rien n'a changé.";

    public const string StillNotFound = " Si vous n'y arrivez pas, tapez /annuler : rien n'a changé, et vous pourrez réessayer plus tard.";

    public const string OutsideQuartiers =
        "Cette adresse n'est dans aucun des quartiers où NeighbourBot est ouvert pour l'instant, désolé. Si vous déménagez ailleurs dans notre zone, écrivez cette adresse ; sinon, tapez /annuler.";

    public static BotMessage Question(string from, string to, int openListings)
    {
        var text = string.Equals(from, to, StringComparison.Ordinal)
            ? $"Votre nouvelle adresse est toujours dans le quartier {to} : vos annonces restent en ligne."
            : $"Vous allez quitter le quartier {from} pour le quartier {to}. "
                + (openListings switch
                {
                    0 => "",
                    1 => "Votre annonce en cours sera retirée du groupe de votre ancien quartier. ",
                    _ => $"Vos {openListings} annonces en cours seront retirées du groupe de votre ancien quartier. ",
                })
                + "Vous quitterez aussi son groupe Telegram.";
        return new BotMessage(
            text + " Ensuite, il faudra de nouveau montrer que vous habitez bien là pour publier. On y va ?",
            [new Button(GoTitle, Go), new Button(StayTitle, Stay)]);
    }

    public static string Moved(string from, string to, int withdrawn) => string.Equals(from, to, StringComparison.Ordinal)
        ? $"C'est noté : votre nouvelle adresse est enregistrée, toujours dans le quartier {to}."
        : $"C'est fait : bienvenue dans le quartier {to} !"
            + (withdrawn switch
            {
                0 => "",
                1 => " Votre annonce est retirée du groupe de votre ancien quartier.",
                _ => $" Vos {withdrawn} annonces sont retirées du groupe de votre ancien quartier.",
            })
            + $" Vous n'êtes plus dans le groupe du quartier {from} ; vous recevrez le lien du groupe de votre nouveau quartier dès que vous serez vérifié(e).";
}

namespace NeighbourBot.Dialogs.Relays;

/// <summary>What the bot says while it carries a conversation between two neighbours. Only first names, never more.</summary>
public static class RelayMessages
{
    public const string Reply = "Répondre";
    public const string NotNow = "Pas maintenant";
    public const string Block = "🚫 Bloquer";
    public const string Report = "🚩 Signaler";

    public const string NoRelay =
        "Vous n'avez pas de conversation en cours avec un voisin. Pour publier une annonce, écrivez-moi ce que vous proposez ou cherchez.";

    public const string NotResident =
        "Pour répondre aux annonces du quartier, il faut d'abord vous inscrire auprès de moi, en privé : c'est rapide.";

    public const string OwnListing = "C'est votre propre annonce 🙂 Vos voisins intéressés vous écriront par moi.";

    public const string Unavailable = "Vous ne pouvez pas contacter l'auteur de cette annonce par le bot.";

    public const string Blocked = "C'est fait : cette personne ne pourra plus vous contacter par le bot, et la conversation est terminée.";

    public const string Reported = "Merci, c'est signalé aux modérateurs du quartier. Ils regarderont de près.";

    public const string RelayClosed = "Cette conversation est terminée.";

    /// <summary>The notice over the group when the presser never wrote to the bot and no link can be given (under 200 characters).</summary>
    public const string WriteToMeFirst = "Pour répondre à une annonce, écrivez-moi d'abord en privé et tapez /start : l'inscription est gratuite.";

    /// <summary>The notice over the group when the answer went to the presser's private chat.</summary>
    public const string SeePrivateChat = Messaging.GroupPress.RepliedInPrivate;

    public static string HowToJoin(string quartier, string? deepLink) =>
        $"Bonjour ! Pour répondre aux annonces du quartier {quartier}, il faut être un habitant vérifié du quartier. "
        + (deepLink is null ? "Écrivez-moi en privé et tapez /start pour vous inscrire." : $"Inscrivez-vous ici : {deepLink}");

    public static string OtherQuartier(string quartier) =>
        $"Cette annonce est celle d'un voisin du quartier {quartier} : seuls les habitants de ce quartier peuvent y répondre.";

    public static string AlreadyReserved(string title) =>
        $"« {title} » est déjà réservé pour un voisin. Si la réservation tombe, le message du groupe le dira.";

    public static string NotOpen(string title) => $"« {title} » n'est plus disponible. Merci quand même !";

    public static string AlreadyInterested(string poster, string title) =>
        $"Vous avez déjà dit à {poster} que « {title} » vous intéresse. Écrivez-moi ici votre message pour {poster} : je le transmets.";

    public static string InterestSent(string poster, string title) =>
        $"C'est noté : {poster} sait que « {title} » vous intéresse. Écrivez-moi ici votre message pour {poster}, je le transmets "
        + "sans votre numéro ni votre nom d'utilisateur. Tapez /fin pour arrêter la conversation.";

    public static string Interested(string neighbour, string title, int given, int received) =>
        $"🙋 {neighbour} est intéressé(e) par votre annonce « {title} ». "
        + (given == 0 && received == 0
            ? $"{neighbour} n'a encore rien donné ni reçu par le bot.\n"
            : $"Par le bot, {neighbour} a donné {given} fois et reçu {received} fois.\n")
        + $"Répondez à ce message pour écrire à {neighbour} : je transmets, sans montrer votre numéro.";

    public static string ReserveFor(string neighbour) => $"Réserver pour {neighbour}";

    public static string From(string name, string title) => $"💬 {name} (« {title} ») :";

    public static string Forwarded(string name) => $"Transmis à {name}.";

    public static string ReplyTo(string name) => $"Écrivez votre message pour {name} : je le transmets.";

    public static string Unreachable(string name) =>
        $"Je ne peux plus joindre {name} : cette personne a peut-être quitté ou bloqué le bot. Votre message n'est pas transmis, désolé.";

    public static string NotNowSent(string neighbour) => $"D'accord. Je dis à {neighbour} que vous ne donnez pas suite pour le moment.";

    public static string NotNowReceived(string poster, string title) =>
        $"{poster} ne peut pas donner suite à votre intérêt pour « {title} » pour le moment. Merci quand même !";

    public static string Ended(string name) => $"C'est fait : la conversation avec {name} est terminée.";

    public static string EndedByPartner(string name, string title) => $"{name} a mis fin à la conversation au sujet de « {title} ».";

    public static string Reserved(string poster, string title) =>
        $"Bonne nouvelle : {poster} vous réserve « {title} ». Convenez ensemble, ici, du moment pour vous retrouver.";

    public static string ReservationCancelled(string poster, string title) => $"{poster} a annulé la réservation de « {title} ».";

    public static string MarkedGiven(string poster, string title, string label) =>
        $"{poster} a marqué « {title} » comme « {label} ». Merci pour l'entraide !";

    public static string ListingWithdrawn(string poster, string title) => $"{poster} a retiré l'annonce « {title} ».";
}

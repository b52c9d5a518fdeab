using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Posting;

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

    public static string AlreadyReserved(string title, ListingKind kind) => kind switch
    {
        _ when ListingText.IsRequest(kind) => $"Un voisin s'occupe déjà de « {title} ». Si cela change, le message du groupe le dira.",
        ListingKind.Found => $"« {title} » a déjà retrouvé son propriétaire. Si ce n'était pas le bon, le message du groupe le dira.",
        _ => $"« {title} » est déjà réservé pour un voisin. Si la réservation tombe, le message du groupe le dira.",
    };

    public static string NotOpen(string title) => $"« {title} » n'est plus disponible. Merci quand même !";

    public static string AlreadyInterested(string poster, string title, ListingKind kind) =>
        kind switch
        {
            _ when ListingText.IsRequest(kind) => $"Vous avez déjà proposé votre aide à {poster} pour « {title} ».",
            ListingKind.Lost or ListingKind.Found => $"Vous avez déjà écrit à {poster} au sujet de « {title} ».",
            _ => $"Vous avez déjà dit à {poster} que « {title} » vous intéresse.",
        }
        + $" Écrivez-moi ici votre message pour {poster} : je le transmets.";

    /// <summary>What the neighbour who answered reads: the poster is told, and how to write to them.</summary>
    public static string InterestSent(string poster, string title, ListingKind kind) =>
        kind switch
        {
            _ when ListingText.IsRequest(kind) => $"C'est noté : {poster} sait que vous pouvez l'aider pour « {title} ».",
            ListingKind.Lost => $"C'est noté : {poster} sait que vous avez peut-être une piste pour « {title} ».",
            ListingKind.Found => $"C'est noté : {poster} sait que « {title} » est peut-être à vous. Décrivez-le-lui (couleur, marque, un détail que seul le propriétaire connaît) : cela l'aidera à vous le rendre.",
            _ => $"C'est noté : {poster} sait que « {title} » vous intéresse.",
        }
        + $" Écrivez-moi ici votre message pour {poster}, je le transmets sans votre numéro ni votre nom d'utilisateur. Tapez /fin pour arrêter la conversation.";

    /// <summary>What the poster reads when a neighbour answers their listing, with that neighbour's record of giving and receiving.</summary>
    public static string Interested(string neighbour, string title, ListingKind kind, int given, int received) =>
        kind switch
        {
            _ when ListingText.IsRequest(kind) => $"🙋 {neighbour} peut vous aider pour votre annonce « {title} ». ",
            ListingKind.Lost => $"🙋 {neighbour} a peut-être une piste pour votre annonce « {title} ». ",
            ListingKind.Found => $"🙋 {neighbour} pense que « {title} » lui appartient. Avant de le rendre, demandez-lui de le décrire. ",
            _ => $"🙋 {neighbour} est intéressé(e) par votre annonce « {title} ». ",
        }
        + (given == 0 && received == 0
            ? $"{neighbour} n'a encore rien donné ni reçu par le bot.\n"
            : $"Par le bot, {neighbour} a donné {given} fois et reçu {received} fois.\n")
        + $"Répondez à ce message pour écrire à {neighbour} : je transmets, sans montrer votre numéro.";

    /// <summary>
    /// The poster's button that holds the listing for one neighbour (for a request: accepts their help); null for a lost
    /// thing, which is held for no one: whoever has a lead just talks with its owner.
    /// </summary>
    public static string? ReserveFor(string neighbour, ListingKind kind) => kind switch
    {
        ListingKind.Lost => null,
        _ when ListingText.IsRequest(kind) => $"Accepter l'aide de {neighbour}",
        ListingKind.Found => $"Le rendre à {neighbour}",
        _ => $"Réserver pour {neighbour}",
    };

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

    /// <summary>What the chosen neighbour reads when the poster holds the listing for them.</summary>
    public static string Reserved(string poster, string title, ListingKind kind) =>
        kind switch
        {
            _ when ListingText.IsRequest(kind) => $"Bonne nouvelle : {poster} accepte votre aide pour « {title} ».",
            ListingKind.Found => $"Bonne nouvelle : {poster} va vous rendre « {title} ».",
            _ => $"Bonne nouvelle : {poster} vous réserve « {title} ».",
        }
        + " Convenez ensemble, ici, du moment pour vous retrouver.";

    /// <summary>What the poster reads once the listing is held for a neighbour.</summary>
    public static string ReservedConfirmed(string neighbour, string title, ListingKind kind) => kind switch
    {
        _ when ListingText.IsRequest(kind) => $"C'est noté : {neighbour} s'occupe de « {title} ». Le groupe le voit.",
        ListingKind.Found => $"C'est noté : vous rendez « {title} » à {neighbour}. Le groupe le voit.",
        _ => $"C'est noté : « {title} » est réservé pour {neighbour}. Le groupe le voit.",
    };

    /// <summary>What the neighbour reads when the poster lets go of them.</summary>
    public static string ReservationCancelled(string poster, string title, ListingKind kind) => kind switch
    {
        _ when ListingText.IsRequest(kind) => $"{poster} ne compte plus sur votre aide pour « {title} ». Merci pour votre proposition !",
        ListingKind.Found => $"{poster} pense finalement que « {title} » n'est pas à vous.",
        _ => $"{poster} a annulé la réservation de « {title} ».",
    };

    /// <summary>What the poster reads on choosing again the neighbour the listing is already held for.</summary>
    public static string AlreadyHeldFor(string neighbour, string title, ListingKind kind) => kind switch
    {
        _ when ListingText.IsRequest(kind) => $"{neighbour} s'occupe déjà de « {title} ».",
        ListingKind.Found => $"Vous rendez déjà « {title} » à {neighbour}.",
        _ => $"« {title} » est déjà réservé pour {neighbour}.",
    };

    public static string MarkedGiven(string poster, string title, string label) =>
        $"{poster} a marqué « {title} » comme « {label} ». Merci pour l'entraide !";

    public static string ListingWithdrawn(string poster, string title) => $"{poster} a retiré l'annonce « {title} ».";
}

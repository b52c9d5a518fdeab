using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Community;

/// <summary>What residents read about expiry, search and alerts.</summary>
public static class CommunityMessages
{
    public const string StillAvailable = "Toujours disponible";
    public const string StillReserved = "Toujours réservé, prolonger";
    public const string Remove = "Retirer";
    public const string Next = "Suivants ▶";

    public const string NeedsQuartier = "Pour chercher ou créer une alerte, il faut d'abord vous inscrire dans votre quartier : tapez /start, c'est rapide.";
    public const string SearchHowTo = "Dites-moi ce que vous cherchez, par exemple : /cherche vélo enfant";
    public const string TooLong = "Votre recherche est un peu longue : quelques mots suffisent, par exemple « vélo enfant ».";
    public const string NoAlerts = "Vous n'avez pas d'alerte. Pour en créer une, tapez par exemple : /alerte vélo enfant";
    public const string AlertNotFound = "Cette alerte n'existe plus.";

    public static string Reminder(string title, int days) =>
        $"Votre annonce « {title} » expire demain. Est-elle toujours d'actualité ? "
        + $"« {StillAvailable} » la garde en ligne {days} jours de plus.";

    /// <summary>The button that keeps a held listing online (for a request: the help still under way).</summary>
    public static string StillHeld(ListingKind kind) => ListingText.IsRequest(kind) ? "Toujours en cours, prolonger" : StillReserved;

    public static string ReservedAtExpiry(string title, int days, ListingKind kind) =>
        (ListingText.IsRequest(kind)
            ? $"Votre annonce « {title} » est entre les mains d'un voisin et arrive à son terme. Je la laisse ainsi : dites-moi où vous en êtes. "
            : $"Votre annonce « {title} » est réservée et arrive à son terme. Je la laisse réservée : dites-moi où vous en êtes. ")
        + $"« {StillHeld(kind)} » la garde {days} jours de plus.";

    public static string Expired(string title) =>
        $"Votre annonce « {title} » a expiré : le groupe la voit maintenant comme expirée. "
        + "Si elle est toujours d'actualité, écrivez-la-moi de nouveau pour la republier.";

    public static string Extended(string title, int days) =>
        $"C'est noté : « {title} » reste en ligne {days} jours de plus.";

    public static string NothingFound(string query) =>
        $"Je n'ai trouvé aucune annonce en cours pour « {query} » dans votre quartier. "
        + $"Essayez un mot plus simple, ou soyez prévenu(e) dès qu'une annonce arrive : /alerte {query}";

    public static string Found(int total, string query, int page, int pages) =>
        (total, pages) switch
        {
            (1, _) => $"1 annonce en cours pour « {query} » :",
            (_, 1) => $"{total} annonces en cours pour « {query} » :",
            _ => $"{total} annonces en cours pour « {query} » (page {page + 1} sur {pages}) :",
        };

    public const string EndOfResults = "Il n'y a pas d'autre annonce pour cette recherche.";

    public static string AlertCreated(string query) =>
        $"C'est noté : je vous préviens dès qu'une annonce « {query} » est publiée dans votre quartier. Pour voir vos alertes : /alerte";

    public static string AlertExists(string query) => $"Vous avez déjà une alerte « {query} ».";

    public static string AlertLimit(int max) =>
        $"Vous avez déjà {max} alertes, le maximum. Tapez /alerte pour en supprimer une, puis recommencez.";

    public static string AlertList(int count) =>
        count == 1 ? "Votre alerte (touchez-la pour la supprimer) :" : $"Vos {count} alertes (touchez-en une pour la supprimer) :";

    public static string AlertDeleted(string query) => $"C'est fait : l'alerte « {query} » est supprimée.";

    public static string AlertMatched(string query, string kind, string title) =>
        $"🔔 Nouvelle annonce dans votre quartier pour votre alerte « {query} » : {kind} : {title}";

    public static string Line(string kind, string title) => $"• {kind} : {title}";

    /// <summary>"C'est donné" for a gift, the kind's own word otherwise ("✅ Vendu", "✅ Reçu").</summary>
    public static string DoneButton(ListingKind kind) =>
        kind == ListingKind.Give ? "C'est donné" : "✅ " + ListingText.DoneLabel(kind);
}

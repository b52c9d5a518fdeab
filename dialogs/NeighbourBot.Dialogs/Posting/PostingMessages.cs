using NeighbourBot.Core.Listings;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>What the bot says while a resident posts and manages a listing.</summary>
public static class PostingMessages
{
    public const string Publish = "Publier";
    public const string Modify = "Modifier";
    public const string Cancel = "Annuler";
    public const string KeepContacts = "Garder mes coordonnées";

    public const string ContactsMasked =
        "J'ai masqué vos coordonnées (téléphone, e-mail ou adresse) : vos voisins vous répondront par moi, sans les voir. "
        + "Pour les montrer quand même, touchez « Garder mes coordonnées ».";

    public const string ContactsKept = "C'est noté : vos coordonnées resteront visibles dans l'annonce.";

    public const string AskText =
        "Écrivez votre annonce en une ou deux phrases, par exemple : « Je donne une télé, à prendre samedi » ou « Je cherche une perceuse ». "
        + "Vous pouvez aussi envoyer une photo avec une légende.";

    public const string NotAListing =
        "Je n'ai pas reconnu d'annonce dans votre message. Dites-moi ce que vous proposez ou cherchez, par exemple : "
        + "« Je donne une télé » ou « Je cherche une perceuse pour samedi ». Tapez /aide pour voir le reste.";

    public const string ThanksReply = "Avec plaisir ! Écrivez-moi quand vous voulez proposer ou chercher quelque chose.";

    public const string HowItWorks =
        "C'est simple : écrivez-moi ce que vous proposez ou cherchez, en une phrase, comme à un voisin "
        + "(« Je donne une télé », « Qui peut me prêter une perceuse samedi ? »). Je prépare l'annonce, vous la relisez, "
        + "puis je la publie dans le groupe du quartier. Quand un voisin répond, je vous mets en relation sans montrer votre numéro. "
        + "Tapez /aide pour voir toutes les commandes.";

    public const string RecommendationReply =
        "Pour une recommandation (un artisan, un médecin, une bonne adresse…), le mieux est de poser la question directement "
        + "à vos voisins dans le groupe du quartier : je ne publie que des annonces d'entraide (dons, ventes, prêts, demandes et offres d'aide…).";

    /// <summary>The answer to a private message that is no listing: its own answer for small talk, else how to write one.</summary>
    public static string NoListing(SmallTalkKind talk, string? firstName) => talk switch
    {
        SmallTalkKind.Greeting => (string.IsNullOrEmpty(firstName) ? "Bonjour ! " : $"Bonjour {firstName} ! ")
            + "Dites-moi ce que vous proposez ou cherchez, par exemple « Je donne une télé » ou « Je cherche une perceuse pour samedi ».",
        SmallTalkKind.Thanks => ThanksReply,
        SmallTalkKind.HowItWorks => HowItWorks,
        SmallTalkKind.Recommendation => RecommendationReply,
        _ => NotAListing,
    };

    public const string PhotoNeedsCaption =
        "Belle photo ! Pour en faire une annonce, renvoyez-la avec une légende qui dit ce que vous proposez, par exemple « Je donne ce fauteuil ».";

    public const string ChooseAButton = "Touchez « Publier », « Modifier » ou « Annuler » sous l'aperçu. Vous pouvez aussi réécrire votre annonce.";

    public const string Cancelled = "D'accord, je n'ai rien publié.";

    public const string WhatToChange = "Que voulez-vous changer ?";
    public const string ChangeKind = "Le type";
    public const string ChangeCategory = "La catégorie";
    public const string ChangeTitle = "Le titre";
    public const string Back = "Retour à l'aperçu";

    public const string PickKind = "Quel type d'annonce ?";
    public const string PickCategory = "Quelle catégorie ?";
    public const string AskTitle = "Écrivez le nouveau titre, en quelques mots (80 caractères au plus).";
    public const string TitleTooLong = "C'est un peu long pour un titre : 80 caractères au plus, s'il vous plaît.";
    public const string TitleEmpty = "Écrivez le titre en quelques mots, par exemple « Télé 80 cm ».";

    public const string NotVerified =
        "Votre annonce est prête, et elle vous attend : pour publier, il reste à montrer que vous habitez bien le quartier. "
        + "Dès que c'est fait, je vous la remontre (et /start la retrouve à tout moment).";

    public const string NoQuartier = "Je ne connais pas encore votre quartier : tapez /start pour terminer votre inscription.";

    public const string PublishedDigestOnly =
        "Merci ! Votre annonce est enregistrée : elle paraîtra dans le résumé du quartier.";

    /// <summary>What the poster reads once the listing is sent (to <paramref name="groups"/> groups; none yet: kept for later).</summary>
    public static string Published(int groups, ListingKind kind) => groups == 0
        ? "Merci ! Votre annonce est enregistrée. Le groupe du quartier n'est pas encore ouvert : elle y paraîtra dès qu'il le sera, et dans le résumé."
        : "Merci ! Votre annonce part dans le groupe du quartier. " + kind switch
        {
            _ when ListingText.IsRequest(kind) => "Je vous préviens dès qu'un voisin peut vous aider.",
            ListingKind.Lost => "Je vous préviens dès qu'un voisin a une piste.",
            ListingKind.Found => "Je vous préviens dès que quelqu'un pense que c'est à lui.",
            _ => "Je vous préviens dès qu'un voisin est intéressé.",
        };

    public static string TooMany(int max) =>
        $"Vous avez déjà publié {max} annonces ces dernières 24 heures : c'est le maximum. Votre annonce vous attend, réessayez demain.";

    public static string Duplicate(string title) =>
        $"Vous avez déjà publié cette annonce (« {title} ») et elle est toujours en ligne. Je ne la publie pas une deuxième fois.";

    public static string Manage(string title) => $"Votre annonce « {title} » est en ligne. Pour la gérer :";
}

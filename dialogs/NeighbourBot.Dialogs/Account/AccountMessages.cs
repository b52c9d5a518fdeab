namespace NeighbourBot.Dialogs.Account;

/// <summary>What a resident reads about their data (/mesdonnees) and its erasure (/supprimer).</summary>
public static class AccountMessages
{
    public const string NothingHeld = "Je n'ai rien enregistré sur vous. Tapez /start pour vous inscrire.";

    public const string ExportIntro = "Voici tout ce que je garde sur vous, et rien sur personne d'autre, dans ce fichier. Gardez-le pour vous : il contient votre adresse.";

    public const string ExportFileName = "mes-donnees-neighbourbot.json";

    public const string EraseQuestion =
        "Voulez-vous vraiment tout supprimer ? Vos annonces seront retirées du groupe, vos conversations avec vos voisins terminées, "
        + "vos alertes et vos codes de parrainage effacés, puis votre nom et votre adresse supprimés. Ce n'est pas réversible.";

    public const string EraseYes = "Oui, tout supprimer";

    public const string EraseNo = "Non";

    public const string EraseCancelled = "D'accord, je ne supprime rien. Tout reste comme avant.";

    public const string Erased =
        "C'est fait : j'ai tout supprimé. Vos annonces sont retirées et vos données effacées. Si un jour vous voulez revenir, tapez /start.";

    public const string AnonymisedText = "annonce retirée";

    public const string AnonymousPoster = "Un voisin";

    public static string Reopened(string title) =>
        $"« {title} » est de nouveau disponible : la personne pour qui vous l'aviez réservé a quitté NeighbourBot. Le groupe le voit.";

    /// <summary>Without the leaver's name (it is erased too), nor the title of their own listing.</summary>
    public static string PartnerLeft(string? title) => string.IsNullOrEmpty(title)
        ? "La personne avec qui vous échangiez a quitté NeighbourBot : votre conversation est terminée. Merci pour votre gentillesse !"
        : $"La personne avec qui vous parliez de « {title} » a quitté NeighbourBot : votre conversation est terminée. Merci pour votre gentillesse !";
}

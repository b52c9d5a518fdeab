namespace NeighbourBot.Dialogs.Groups;

/// <summary>What the bot says about quartier groups: in the group, and in private to people asking to join.</summary>
public static class GroupMessages
{
    public const string LinkInGroup =
        "La commande /lier s'utilise dans le groupe Telegram du quartier : ajoutez-moi au groupe comme administrateur, puis envoyez-y /lier suivi du nom du quartier.";

    public const string UnlinkInGroup = "La commande /delier s'utilise dans le groupe Telegram que vous voulez détacher de son quartier.";

    public const string OnlyOperatorsLink = "Désolé, seuls les opérateurs de NeighbourBot peuvent lier ce groupe à un quartier.";

    public const string NotLinked = "Ce groupe n'est lié à aucun quartier : il n'y a rien à défaire.";

    /// <summary>The longest part of a typed quartier name echoed back (hostile input stays short).</summary>
    public const int MaxEcho = 40;

    public static string Names(IEnumerable<string> names) => string.Join(", ", names);

    public static string LinkUsage(string names) =>
        $"Précisez le quartier après /lier, par exemple : /lier Grésilles.\nQuartiers possibles : {names}.";

    public static string UnknownQuartier(string typed, string names) =>
        $"Je ne connais pas le quartier « {Echo(typed)} ».\nQuartiers possibles : {names}.";

    public static string Linked(string quartier) =>
        $"Ce groupe est maintenant celui du quartier {quartier}. Les annonces du quartier y seront publiées.";

    public static string Moved(string from, string to) =>
        $"Ce groupe n'est plus celui du quartier {from} : il est maintenant celui du quartier {to}. Les annonces du quartier {to} y seront publiées.";

    public static string AlreadyLinked(string quartier) => $"Ce groupe est déjà celui du quartier {quartier}.";

    public static string InviteReady(string quartier) =>
        $"Le lien d'invitation est prêt : je le donne aux habitants vérifiés du quartier {quartier}, et j'accepte leurs demandes pour entrer ici.";

    public static string MakeMeAdmin(string quartier) =>
        "Pour que les habitants vérifiés puissent entrer dans le groupe, nommez-moi administrateur avec le droit d'inviter des utilisateurs, "
        + $"puis envoyez de nouveau /lier {quartier}.";

    public static string InviteFailed(string quartier) =>
        $"Je n'ai pas pu créer le lien d'invitation du groupe pour l'instant : renvoyez /lier {quartier} dans quelques minutes.";

    public static string Unlinked(string quartier) =>
        $"C'est fait : ce groupe n'est plus celui du quartier {quartier}. Je n'y publierai plus ses annonces et je n'y ferai plus entrer personne.";

    public static string AddedHint(string names) =>
        "Bonjour ! Je suis NeighbourBot, le bot d'entraide entre voisins. Pour faire de ce groupe celui d'un quartier, "
        + "un opérateur envoie ici /lier suivi du nom du quartier, par exemple /lier Grésilles.\n"
        + $"Quartiers possibles : {names}.\n"
        + "Nommez-moi aussi administrateur, avec le droit d'inviter des utilisateurs : c'est ainsi que je fais entrer les habitants vérifiés.";

    public static string Announced(int residents) => residents == 1
        ? "J'envoie le lien à l'habitant vérifié du quartier."
        : $"J'envoie le lien aux {residents} habitants vérifiés du quartier.";

    /// <summary>In private, to each verified resident when their quartier's group opens.</summary>
    public static string GroupOpened(string quartier, string link) =>
        $"Bonne nouvelle : le groupe Telegram du quartier {quartier} est ouvert ! Rejoignez-le avec ce lien : {link}\n"
        + "Touchez « Demander à rejoindre » : j'accepte aussitôt la demande des habitants vérifiés du quartier.";

    public static string PromotedInviteReady(string quartier) =>
        $"Merci ! {InviteReady(quartier)}";

    /// <summary>To someone asking to join a group that belongs to no quartier.</summary>
    public static string GroupNotLinked(string group) =>
        $"Bonjour ! Je ne peux pas vous faire entrer dans {group} : ce groupe n'est lié à aucun quartier de NeighbourBot. "
        + "Les groupes de quartier sont réservés aux habitants vérifiés : je donne le bon lien à chacun une fois son adresse vérifiée.";

    /// <summary>To someone the bot does not know (or whose signup stopped before the address).</summary>
    public static string NotSignedUp(string group, string quartier) =>
        $"Bonjour ! {Capitalised(group)} est réservé aux habitants vérifiés du quartier {quartier}, et vous n'êtes pas encore inscrit(e) chez moi. "
        + "Tapez /start pour vous inscrire : une fois votre adresse vérifiée, je vous donnerai le lien du groupe de votre quartier.";

    public static string OtherQuartier(string firstName, string group, string quartier, string theirs) =>
        $"{Hello(firstName)} {Capitalised(group)} est réservé aux habitants du quartier {quartier}, et d'après votre adresse vous habitez le quartier {theirs}.";

    public static string TheirGroupLink(string link) => $"Voici le lien du groupe de votre quartier : {link}";

    public const string TheirGroupNotYet = "Le groupe de votre quartier n'est pas encore ouvert : je vous enverrai son lien dès qu'il le sera.";

    public const string FinishThenLink = "Terminez d'abord votre vérification (tapez /start pour voir comment) : je vous donnerai ensuite le lien du groupe de votre quartier.";

    public static string NotVerified(string firstName, string group, string quartier) =>
        $"{Hello(firstName)} {Capitalised(group)} est réservé aux habitants vérifiés du quartier {quartier}, et votre vérification n'est pas encore terminée. "
        + "Tapez /start pour voir comment la terminer : je vous donnerai ensuite le lien du groupe.";

    /// <summary>"le groupe « Voisins Grésilles »", or "ce groupe" when Telegram gave no title.</summary>
    public static string GroupLabel(string? title) =>
        string.IsNullOrWhiteSpace(title) ? "ce groupe" : $"le groupe « {Echo(title)} »";

    private static string Echo(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxEcho ? flat : flat[..MaxEcho] + "…";
    }

    private static string Hello(string firstName) => string.IsNullOrWhiteSpace(firstName) ? "Bonjour !" : $"Bonjour {firstName} !";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

using NeighbourBot.Core.Moderation;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Dialogs.Moderation;

/// <summary>What the bot says about reports and moderation, to reporters, moderators and authors.</summary>
public static class ModerationMessages
{
    public const string HideButton = "Masquer";
    public const string KeepButton = "Garder";
    public const string BlockButton = "Bloquer l'auteur";
    public const string MoreButton = "Voir la suite";

    public const string NotFound = "Je ne trouve pas cette annonce. Elle a peut-être été retirée entre-temps.";

    public const string NoLongerOnline = "Cette annonce n'est plus en ligne : il n'y a plus rien à signaler. Merci quand même de votre vigilance !";

    public const string NeedsResident =
        "Merci de votre vigilance ! Pour signaler une annonce, il faut être un habitant inscrit du quartier : écrivez-moi en privé et tapez /start.";

    public const string OwnListing = "C'est votre propre annonce 🙂 Pour la retirer, tapez /mesannonces.";

    public const string AlreadyReported = "Vous avez déjà signalé cette annonce, merci : les modérateurs du quartier la regardent.";

    public const string AlreadyExamined =
        "Vous aviez déjà signalé cette annonce, et un modérateur l'a regardée puis gardée. Si quelque chose a changé, parlez-en à un modérateur du quartier.";

    public const string Reported = "Merci, c'est signalé aux modérateurs du quartier. Ils regarderont de près.";

    public const string CaseNotFound = "Je ne trouve pas ce signalement.";

    public const string NotYourOwnCase = "C'est votre propre annonce : un autre modérateur ou un opérateur décidera. Merci de votre honnêteté !";

    public const string QueueRefused = "Désolé, /moderation est réservée aux modérateurs de quartier et aux opérateurs.";

    public const string QueueEmpty = "Aucune annonce n'attend de décision. Merci de veiller sur le quartier !";

    public const string AuthorBlocked =
        "Désolé, vous ne pouvez plus publier d'annonces : un modérateur du quartier l'a décidé. Si vous pensez que c'est une erreur, parlez-en à un modérateur de votre quartier.";

    public const string HeldForReview =
        "Merci ! Votre annonce est enregistrée. Avant de la publier, un modérateur du quartier va la relire : c'est une précaution habituelle. "
        + "Je vous préviens dès que c'est fait.";

    public const string EditHeldForReview =
        "C'est noté. Avant de montrer cette nouvelle version au groupe, un modérateur du quartier va la relire : c'est une précaution habituelle. "
        + "En attendant, votre annonce est masquée. Je vous préviens dès que c'est fait.";

    public static string AskReason(string title) => $"Pourquoi signalez-vous l'annonce « {title} » ? Choisissez une raison :";

    public static string OtherQuartier(string quartier) =>
        $"Cette annonce est celle d'un voisin du quartier {quartier} : seuls ses habitants peuvent la signaler. Merci de votre vigilance !";

    public static string Refused(string quartier) => $"Désolé, seuls les modérateurs du quartier {quartier} peuvent décider de cette annonce.";

    public static string AlreadyDecided(string who, ModerationDecision decision) =>
        $"Cette annonce a déjà été traitée par {who} (« {ButtonOf(decision)} »). Merci !";

    public static string QueueHeader(int count) => count == 1
        ? "File de modération : 1 annonce attend votre décision."
        : $"File de modération : {count} annonces attendent votre décision.";

    public static string ReasonLabel(ReportReason reason) => reason switch
    {
        ReportReason.Scam => "Arnaque",
        ReportReason.Inappropriate => "Inapproprié",
        ReportReason.Commercial => "Commercial",
        _ => "Autre",
    };

    public static string ButtonOf(ModerationDecision decision) => decision switch
    {
        ModerationDecision.Hide => HideButton,
        ModerationDecision.Keep => KeepButton,
        _ => BlockButton,
    };

    public static string SignalLabel(string signal) => signal switch
    {
        ScamSignals.AdvancePayment => "paiement demandé d'avance",
        ScamSignals.Coupon => "paiement par coupons ou cartes cadeaux",
        ScamSignals.SellerAbroad => "vendeur à l'étranger",
        ScamSignals.PhishingLink => "lien douteux",
        ScamSignals.EasyMoney => "argent facile",
        ScamSignals.PersonalLoan => "prêt d'argent",
        _ => signal,
    };

    public static string Done(ModerationDecision decision, ModerationOrigin origin, bool wasHidden) => (decision, origin) switch
    {
        (ModerationDecision.Hide, ModerationOrigin.ScamSignals) => "C'est fait : l'annonce ne sera pas publiée, et j'ai prévenu son auteur.",
        (ModerationDecision.Hide, _) => "C'est fait : l'annonce est masquée dans le groupe, et j'ai prévenu son auteur.",
        (ModerationDecision.Keep, ModerationOrigin.ScamSignals) => "C'est fait : l'annonce part dans le groupe du quartier, et j'ai prévenu son auteur.",
        (ModerationDecision.Keep, _) when wasHidden => "C'est fait : l'annonce est de nouveau visible dans le groupe, et j'ai prévenu son auteur.",
        (ModerationDecision.Keep, _) => "C'est fait : l'annonce reste en ligne, et j'ai prévenu son auteur.",
        _ => "C'est fait : l'annonce est masquée et son auteur ne peut plus publier. Je l'ai prévenu poliment.",
    };

    public static string AutoHiddenToAuthor(string title) =>
        $"Votre annonce « {title} » a été signalée par plusieurs voisins : je la masque dans le groupe le temps qu'un modérateur du quartier la regarde. "
        + "Vous n'avez rien à faire : je vous préviens dès que c'est fait.";

    public static string ToAuthor(ModerationDecision decision, ModerationOrigin origin, bool wasHidden, string title) => (decision, origin) switch
    {
        (ModerationDecision.Hide, ModerationOrigin.ScamSignals) =>
            $"Un modérateur du quartier a relu votre annonce « {title} » : elle ne sera pas publiée, désolé. "
            + "Si vous pensez que c'est une erreur, parlez-en à un modérateur de votre quartier.",
        (ModerationDecision.Hide, _) =>
            $"Un modérateur du quartier a regardé votre annonce « {title} » : elle reste masquée, car elle ne convient pas au groupe. "
            + "Merci de votre compréhension. Vous pouvez publier une autre annonce quand vous voulez.",
        (ModerationDecision.Keep, ModerationOrigin.ScamSignals) =>
            $"Bonne nouvelle : un modérateur a relu votre annonce « {title} », elle part maintenant dans le groupe du quartier. Merci de votre patience !",
        (ModerationDecision.Keep, _) when wasHidden =>
            $"Bonne nouvelle : un modérateur a regardé votre annonce « {title} » et tout va bien. Elle est de nouveau visible dans le groupe. Merci de votre patience !",
        (ModerationDecision.Keep, _) =>
            $"Un voisin avait signalé votre annonce « {title} ». Un modérateur l'a regardée : tout va bien, elle reste en ligne. Vous n'avez rien à faire.",
        _ =>
            $"Un modérateur du quartier a masqué votre annonce « {title} », et vous ne pouvez plus publier d'annonces avec le bot. "
            + "Si vous pensez que c'est une erreur, parlez-en à un modérateur de votre quartier.",
    };
}

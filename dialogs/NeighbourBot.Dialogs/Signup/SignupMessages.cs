using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>The signup questions with buttons, shared by the flow (in the turn) and the pending-address job (outbox).</summary>
public static class SignupMessages
{
    public const string Yes = "su:addr:yes";
    public const string No = "su:addr:no";
    public const string PickPrefix = "su:pick:";
    public const string PickNone = "su:pick:none";
    public const string AskModerator = "su:mod";
    public const string TryAgain = "su:retry";
    public const string QuartierPrefix = "su:q:";
    public const int MaxCandidates = 5;

    public const string Welcome =
        "Bonjour et bienvenue sur NeighbourBot, l'entraide entre voisins ! Votre adresse sert seulement à vérifier votre quartier : vos voisins ne verront que votre prénom et votre quartier, jamais votre adresse.";

    public const string AskName = "Pour commencer, quel est votre prénom et votre nom ?";

    public const string AskAddress = "Quelle est votre adresse ? Par exemple : 12 rue de la Liberté, Dijon.";

    public static BotMessage Confirm(ResidentAddress address, string? lead = null) => new(
        Lead(lead) + $"C'est bien le {AddressText.Describe(address)} ?",
        [new Button("Oui", Yes), new Button("Non, corriger", No)]);

    public static BotMessage Choose(IReadOnlyList<ResidentAddress> candidates, string? lead = null)
    {
        var buttons = candidates
            .Take(MaxCandidates)
            .Select((c, i) => new Button(AddressText.Describe(c), PickPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new Button("Aucune de ces adresses", PickNone))
            .ToList();
        return new BotMessage(Lead(lead) + "J'ai trouvé plusieurs adresses proches. Laquelle est la vôtre ?", buttons);
    }

    public static BotMessage AskNumber(ResidentAddress street, string? lead = null) => new(
        Lead(lead) + $"J'ai trouvé la rue : {AddressText.Street(street)}. Quel est votre numéro dans cette rue ?");

    private static string Lead(string? lead) => string.IsNullOrEmpty(lead) ? "" : lead + " ";
}

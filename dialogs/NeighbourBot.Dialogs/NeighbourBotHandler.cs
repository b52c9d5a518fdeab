using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs;

/// <summary>
/// Routes every message: in private, unsupported content, button presses, shared locations, commands, then
/// the active flow; in groups, only /lier, /delier and /moderateur (everything else is silence); Telegram's group
/// events (membership, join requests, migration) go to the group services.
/// </summary>
public sealed class NeighbourBotHandler(
    FlowRunner flows,
    IResidentStore residents,
    IModeratorVerificationStore verificationRequests,
    IPendingAddressStore pendingAddresses,
    QuartierNames quartierNames,
    SecondFactorService secondFactors,
    ModeratorVerificationService moderatorVerification,
    ModeratorAppointments appointments,
    GroupLinking groupLinking,
    JoinRequestGate joinRequests,
    ILogger<NeighbourBotHandler> logger) : ActivityHandler
{
    public const string Help =
        "Voici ce que je sais faire :\n"
        + "/start — vous inscrire, ou reprendre là où vous en étiez\n"
        + "/moi — voir ce que je garde sur vous\n"
        + "/parrainer — obtenir un code pour un voisin de votre quartier (habitants vérifiés)\n"
        + "/code — utiliser le code qu'un voisin vous a donné\n"
        + "/annuler — abandonner ce qui est en cours\n"
        + "/aide — revoir ce message";

    public const string UnknownCommand = "Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire.";
    public const string UnreadableButton = "Je n'ai pas compris ce bouton. Tapez /start pour reprendre là où vous en étiez.";
    public const string StaleButton = "Ce bouton n'est plus d'actualité. Tapez /start pour reprendre là où vous en étiez.";
    public const string UnsupportedContent = "Je ne sais lire que du texte, des boutons et des positions. Écrivez-moi en texte, s'il vous plaît.";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (Inbound.UserId(activity) is not { } userId)
        {
            logger.LogWarning("Message without a numeric sender id in conversation {ConversationId}", activity.Conversation?.Id);
            return;
        }

        if (!Inbound.IsPrivate(activity))
        {
            await OnGroupMessageAsync(turnContext, userId, cancellationToken);
            return;
        }

        if (Inbound.Unsupported(activity) is { } kind)
        {
            logger.LogDebug("Unsupported content {Kind} from {UserId}", kind, userId);
            await turnContext.SayAsync(UnsupportedContent, cancellationToken);
            return;
        }

        switch (Inbound.ReadCallback(activity, out var payload, out _))
        {
            case CallbackReadResult.Malformed:
                logger.LogWarning("Malformed button payload from {UserId}", userId);
                await turnContext.SayAsync(UnreadableButton, cancellationToken);
                return;
            case CallbackReadResult.Valid:
                await OnButtonAsync(turnContext, userId, payload, cancellationToken);
                return;
        }

        if (Inbound.ReadLocation(activity) is { } location)
        {
            await OnLocationAsync(turnContext, userId, location, cancellationToken);
            return;
        }

        var text = activity.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            await turnContext.SayAsync(UnsupportedContent, cancellationToken);
            return;
        }

        if (Inbound.LooksLikeCommand(text))
        {
            await OnCommandAsync(turnContext, userId, Inbound.ReadCommand(text), cancellationToken);
            return;
        }

        if (await flows.ContinueAsync(turnContext, FlowInput.FromText(text), cancellationToken))
        {
            return;
        }

        var resident = residents.Find(userId);
        if (resident is null)
        {
            await flows.StartAsync(turnContext, SignupFlow.FlowName, cancellationToken);
            return;
        }

        if (resident.Verification == VerificationLevel.Address && InviteCodes.TryNormalise(text, out _))
        {
            await secondFactors.RedeemAsync(turnContext, resident, text, cancellationToken);
            return;
        }

        await turnContext.SayAsync("Je n'ai pas compris. Tapez /aide pour voir ce que je sais faire.", cancellationToken);
    }

    private async Task OnGroupMessageAsync(ITurnContext<IMessageActivity> turnContext, long userId, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (Inbound.Unsupported(turnContext.Activity) is not null || !Inbound.LooksLikeCommand(text))
        {
            return;
        }

        var command = Inbound.ReadCommand(text);
        switch (command?.Name)
        {
            case "moderateur":
                await appointments.HandleAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "lier":
                await groupLinking.LinkAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "delier":
                await groupLinking.UnlinkAsync(turnContext, userId, cancellationToken);
                break;
        }
    }

    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (turnContext.Activity.Name)
        {
            case ChannelConventions.MembershipEventName:
                await groupLinking.OnMembershipAsync(turnContext, cancellationToken);
                break;
            case ChannelConventions.JoinRequestEventName:
                await joinRequests.HandleAsync(turnContext, cancellationToken);
                break;
            case ChannelConventions.MigrationEventName:
                await groupLinking.OnMigrationAsync(turnContext, cancellationToken);
                break;
            default:
                await base.OnEventActivityAsync(turnContext, cancellationToken);
                break;
        }
    }

    private async Task OnCommandAsync(ITurnContext turnContext, long userId, BotCommand? command, CancellationToken cancellationToken)
    {
        switch (command?.Name)
        {
            case "start":
                await OnStartAsync(turnContext, userId, cancellationToken);
                break;
            case "annuler":
                await flows.CancelAsync(turnContext, cancellationToken);
                break;
            case "aide":
            case "help":
                await turnContext.SayAsync(Help, cancellationToken);
                break;
            case "moi":
                var resident = residents.Find(userId);
                await turnContext.SayAsync(ResidentSummary.Describe(resident, quartierNames.Of(resident?.QuartierId)), cancellationToken);
                break;
            case "parrainer":
                await secondFactors.IssueInviteAsync(turnContext, residents.Find(userId), cancellationToken);
                break;
            case "code":
                await secondFactors.RedeemAsync(turnContext, residents.Find(userId), command.Argument, cancellationToken);
                break;
            case "moderateur":
                await appointments.HandleAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "lier":
                await groupLinking.LinkAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "delier":
                await groupLinking.UnlinkAsync(turnContext, userId, cancellationToken);
                break;
            default:
                await turnContext.SayAsync(UnknownCommand, cancellationToken);
                break;
        }
    }

    private async Task OnStartAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        if (await flows.ResumeAsync(turnContext, cancellationToken))
        {
            return;
        }

        var resident = residents.Find(userId);
        switch (resident?.Verification)
        {
            case VerificationLevel.Verified:
                await turnContext.SayAsync($"Bonjour {resident.FirstName} ! Vous êtes inscrit(e) et vérifié(e) dans le quartier {quartierNames.Of(resident.QuartierId)}.\n"
                        + "Pour publier une annonce, écrivez-moi ce que vous proposez ou cherchez. Pour parrainer un voisin : /parrainer. Pour voir vos informations : /moi.",
                    cancellationToken);
                break;
            case VerificationLevel.Address when verificationRequests.PendingFor(userId) is not null:
                await turnContext.SayAsync(
                    $"Bonjour {resident.FirstName} ! Votre demande de vérification est chez un modérateur : je vous préviens dès qu'il a répondu. "
                        + "En attendant, vous pouvez lire les annonces de vos voisins et leur répondre.",
                    cancellationToken);
                break;
            case VerificationLevel.Address:
                await turnContext.SayAsync($"Bonjour {resident.FirstName} ! Votre adresse est vérifiée, dans le quartier {quartierNames.Of(resident.QuartierId)}.",
                    cancellationToken);
                await secondFactors.OfferAsync(turnContext, cancellationToken);
                break;
            case VerificationLevel.Pending when pendingAddresses.Find(userId) is null && verificationRequests.PendingFor(userId) is not null:
                await turnContext.SayAsync("Votre demande de vérification est chez un modérateur : je vous préviens dès qu'il a répondu.", cancellationToken);
                break;
            default:
                await flows.StartAsync(turnContext, SignupFlow.FlowName, cancellationToken);
                break;
        }
    }

    private async Task OnButtonAsync(ITurnContext turnContext, long userId, string payload, CancellationToken cancellationToken)
    {
        if (payload.StartsWith("su:", StringComparison.Ordinal))
        {
            if (!await flows.ContinueAsync(turnContext, FlowInput.FromCallback(payload), cancellationToken))
            {
                await turnContext.SayAsync(StaleButton, cancellationToken);
            }

            return;
        }

        if (payload.StartsWith(ModeratorVerificationService.Prefix, StringComparison.Ordinal))
        {
            await moderatorVerification.HandleAsync(turnContext, userId, payload, cancellationToken);
            return;
        }

        if (string.Equals(payload, SecondFactorService.AskModerator, StringComparison.Ordinal))
        {
            var resident = residents.Find(userId);
            if (resident is not { Verification: VerificationLevel.Address, QuartierId: { Length: > 0 } quartierId })
            {
                await turnContext.SayAsync(StaleButton, cancellationToken);
                return;
            }

            await moderatorVerification.RequestAsync(turnContext, resident, ModeratorVerificationReason.SecondFactor, quartierId, cancellationToken);
            return;
        }

        logger.LogWarning("Unknown button payload from {UserId}", userId);
        await turnContext.SayAsync(UnreadableButton, cancellationToken);
    }

    private async Task OnLocationAsync(ITurnContext turnContext, long userId, SharedLocation location, CancellationToken cancellationToken)
    {
        var resident = residents.Find(userId);
        if ((resident is null || resident.Verification < VerificationLevel.Address)
            && await flows.ContinueAsync(turnContext, new FlowInput { Location = location }, cancellationToken))
        {
            return;
        }

        await secondFactors.HandleLocationAsync(turnContext, resident, location, cancellationToken);
    }
}

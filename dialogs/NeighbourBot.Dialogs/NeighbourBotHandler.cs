using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs;

/// <summary>
/// Routes every message: in private, unsupported content, button presses, shared locations, commands, then
/// the active flow, then an open relay, then a new listing; in groups, only /lier, /delier, /moderateur and the
/// buttons under listings (answered in private; everything else is silence); Telegram's group events
/// (membership, join requests, migration) go to the group services.
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
    PostingFlow posting,
    ListingManager listingManager,
    RelayService relayService,
    ListingSearch search,
    AlertService alerts,
    ExpiryActions expiry,
    AccountService account,
    ModerationService moderation,
    OperatorStats operatorStats,
    DigestSettings digests,
    ILogger<NeighbourBotHandler> logger) : ActivityHandler
{
    public const string Help =
        "Voici ce que je sais faire :\n"
        + "/start — vous inscrire, ou reprendre là où vous en étiez\n"
        + "/annonce — publier une annonce (ou écrivez-moi simplement ce que vous proposez ou cherchez)\n"
        + "/mesannonces — voir et gérer vos annonces\n"
        + "/cherche — chercher une annonce dans votre quartier (ex. : /cherche vélo)\n"
        + "/alerte — être prévenu(e) d'une nouvelle annonce (ex. : /alerte poussette)\n"
        + "/resume — choisir quand recevoir le résumé des annonces du quartier\n"
        + "/fin — terminer la conversation en cours avec un voisin\n"
        + "/moi — voir ce que je garde sur vous\n"
        + "/mesdonnees — recevoir toutes vos données\n"
        + "/demenager — changer d'adresse et de quartier\n"
        + "/supprimer — supprimer votre compte et vos données\n"
        + "/parrainer — obtenir un code pour un voisin de votre quartier (habitants vérifiés)\n"
        + "/code — utiliser le code qu'un voisin vous a donné\n"
        + "/annuler — abandonner ce qui est en cours\n"
        + "/aide — revoir ce message";

    public const string UnknownCommand = "Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire.";
    public const string UnreadableButton = "Je n'ai pas compris ce bouton. Tapez /start pour reprendre là où vous en étiez.";
    public const string StaleButton = "Ce bouton n'est plus d'actualité. Tapez /start pour reprendre là où vous en étiez.";
    public const string UnsupportedContent = "Je ne sais lire que du texte, des photos, des boutons et des positions. Écrivez-moi en texte, s'il vous plaît.";
    public const string PostingNeedsSignup = "Pour publier une annonce, il faut d'abord vous inscrire : tapez /start, c'est rapide.";

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
        var photo = Photos.FileId(activity);
        if (text.Length == 0 && photo is null)
        {
            await turnContext.SayAsync(UnsupportedContent, cancellationToken);
            return;
        }

        if (Inbound.LooksLikeCommand(text))
        {
            await OnCommandAsync(turnContext, userId, Inbound.ReadCommand(text), cancellationToken);
            return;
        }

        var activeFlow = await flows.ActiveAsync(turnContext, cancellationToken);
        if (text.Length == 0 && activeFlow is not null && activeFlow != PostingFlow.FlowName)
        {
            await turnContext.SayAsync(UnsupportedContent, cancellationToken);
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
            await ResumeOnceVerifiedAsync(turnContext, await secondFactors.RedeemAsync(turnContext, resident, text, cancellationToken), cancellationToken);
            return;
        }

        if (resident.Verification < VerificationLevel.Address)
        {
            await turnContext.SayAsync(photo is null ? "Je n'ai pas compris. Tapez /aide pour voir ce que je sais faire." : UnsupportedContent, cancellationToken);
            return;
        }

        if (await relayService.ForwardAsync(turnContext, resident, text, photo, cancellationToken))
        {
            return;
        }

        await StartPostingAsync(turnContext, resident, text, photo, cancellationToken);
    }

    private async Task StartPostingAsync(ITurnContext turnContext, Resident resident, string text, string? photo, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            await turnContext.SayAsync(PostingMessages.PhotoNeedsCaption, cancellationToken);
            return;
        }

        if (posting.ParseListing(text) is not { } parse)
        {
            await turnContext.SayAsync(PostingMessages.NoListing(SmallTalk.Read(text), resident.FirstName), cancellationToken);
            return;
        }

        PostingFlow.Seed(turnContext, new PostingSeed(text, photo, parse));
        await flows.StartAsync(turnContext, PostingFlow.FlowName, cancellationToken);
    }

    private async Task OnAnnonceAsync(ITurnContext turnContext, long userId, string argument, CancellationToken cancellationToken)
    {
        var resident = residents.Find(userId);
        if (resident is null || resident.Verification < VerificationLevel.Address)
        {
            await turnContext.SayAsync(PostingNeedsSignup, cancellationToken);
            return;
        }

        if (argument.Length > 0)
        {
            PostingFlow.Seed(turnContext, new PostingSeed(argument, Photos.FileId((IMessageActivity)turnContext.Activity)));
        }

        await flows.StartAsync(turnContext, PostingFlow.FlowName, cancellationToken);
    }

    private async Task OnGroupMessageAsync(ITurnContext<IMessageActivity> turnContext, long userId, CancellationToken cancellationToken)
    {
        switch (Inbound.ReadCallback(turnContext.Activity, out var payload, out _))
        {
            case CallbackReadResult.Malformed:
                logger.LogWarning("Malformed button payload from {UserId} in a group", userId);
                return;
            case CallbackReadResult.Valid:
                await OnGroupButtonAsync(turnContext, userId, payload, cancellationToken);
                return;
        }

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

    private async Task OnGroupButtonAsync(ITurnContext turnContext, long userId, string payload, CancellationToken cancellationToken)
    {
        if (!ListingPayload.TryRead(payload, ListingPayload.Prefix, out var action, out var listingId))
        {
            logger.LogWarning("Unknown button payload from {UserId} in a group", userId);
            return;
        }

        switch (action)
        {
            case ListingPayload.Interested:
                await relayService.InterestAsync(turnContext, userId, listingId, inGroup: true, cancellationToken);
                break;
            case ListingPayload.Report:
                await moderation.AskReasonAsync(turnContext, userId, listingId, inGroup: true, cancellationToken);
                break;
            default:
                logger.LogWarning("Listing action {Action} from {UserId} in a group ignored", action, userId);
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
            case "start" when DigestPayload.TryReadStart(command.Argument, out var listingId):
                await OnListingLinkAsync(turnContext, userId, listingId, cancellationToken);
                break;
            case "start":
                await OnStartAsync(turnContext, userId, cancellationToken);
                break;
            case "resume":
                await digests.ShowMenuAsync(turnContext, userId, cancellationToken);
                break;
            case "annuler":
                await flows.CancelAsync(turnContext, cancellationToken);
                break;
            case "annonce":
                await OnAnnonceAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "mesannonces":
                await listingManager.ListAsync(turnContext, userId, cancellationToken);
                break;
            case "cherche":
                await search.SearchAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "alerte":
                await alerts.HandleCommandAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "fin":
                await relayService.EndAsync(turnContext, userId, cancellationToken);
                break;
            case "aide":
            case "help":
                await turnContext.SayAsync(Help, cancellationToken);
                break;
            case "moi":
                var resident = residents.Find(userId);
                await turnContext.SayAsync(ResidentSummary.Describe(resident, quartierNames.Of(resident?.QuartierId)), cancellationToken);
                break;
            case "mesdonnees":
                await account.ExportAsync(turnContext, userId, cancellationToken);
                break;
            case "supprimer":
                await account.AskEraseAsync(turnContext, userId, cancellationToken);
                break;
            case "stats":
                await operatorStats.HandleAsync(turnContext, userId, cancellationToken);
                break;
            case "demenager":
                if (!MoveFlow.MayMove(residents.Find(userId)))
                {
                    await turnContext.SayAsync(MoveMessages.NotSignedUp, cancellationToken);
                    break;
                }

                await flows.StartAsync(turnContext, MoveFlow.FlowName, cancellationToken);
                break;
            case "parrainer":
                await secondFactors.IssueInviteAsync(turnContext, residents.Find(userId), cancellationToken);
                break;
            case "code":
                await ResumeOnceVerifiedAsync(turnContext, await secondFactors.RedeemAsync(turnContext, residents.Find(userId), command.Argument, cancellationToken), cancellationToken);
                break;
            case "moderateur":
                await appointments.HandleAsync(turnContext, userId, command.Argument, cancellationToken);
                break;
            case "moderation":
                await moderation.QueueAsync(turnContext, userId, 1, cancellationToken);
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

    /// <summary>A deep link from a group digest: the listing in private, or signup first for someone not yet in a quartier.</summary>
    private async Task OnListingLinkAsync(ITurnContext turnContext, long userId, long listingId, CancellationToken cancellationToken)
    {
        if (residents.Find(userId) is { Verification: >= VerificationLevel.Address })
        {
            await digests.ShowListingAsync(turnContext, userId, listingId, cancellationToken);
            return;
        }

        await turnContext.SayAsync(DigestMessages.LinkNeedsSignup, cancellationToken);
        await OnStartAsync(turnContext, userId, cancellationToken);
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

        var flowOfButton = payload.StartsWith(PostingFlow.Prefix, StringComparison.Ordinal) ? PostingFlow.FlowName
            : payload.StartsWith(ListingEditFlow.Prefix, StringComparison.Ordinal) ? ListingEditFlow.FlowName
            : payload.StartsWith(MoveFlow.Prefix, StringComparison.Ordinal) ? MoveFlow.FlowName
            : null;
        if (flowOfButton is not null)
        {
            if (await flows.ActiveAsync(turnContext, cancellationToken) != flowOfButton
                || !await flows.ContinueAsync(turnContext, FlowInput.FromCallback(payload), cancellationToken))
            {
                await turnContext.SayAsync(StaleButton, cancellationToken);
            }

            return;
        }

        if (ListingPayload.TryRead(payload, ListingPayload.Prefix, out var action, out var listingId))
        {
            await OnListingButtonAsync(turnContext, userId, action, listingId, cancellationToken);
            return;
        }

        if (CommunityPayload.TryReadSearch(payload, out var page, out var words))
        {
            await search.NextPageAsync(turnContext, userId, page, words, cancellationToken);
            return;
        }

        if (ListingPayload.TryRead(payload, CommunityPayload.AlertPrefix, out var alertAction, out var alertId))
        {
            await alerts.HandleButtonAsync(turnContext, userId, alertAction, alertId, cancellationToken);
            return;
        }

        if (ListingPayload.TryRead(payload, RelayService.Prefix, out var relayAction, out var relayId))
        {
            await relayService.HandleButtonAsync(turnContext, userId, relayAction, relayId, cancellationToken);
            return;
        }

        if (payload.StartsWith(DigestPayload.Prefix, StringComparison.Ordinal)
            && await digests.HandleButtonAsync(turnContext, userId, payload, cancellationToken))
        {
            return;
        }

        if (payload.StartsWith(AccountService.Prefix, StringComparison.Ordinal)
            && await account.HandleButtonAsync(turnContext, userId, payload, cancellationToken))
        {
            return;
        }

        if (payload.StartsWith(ModerationPayload.Prefix, StringComparison.Ordinal))
        {
            await moderation.HandleButtonAsync(turnContext, userId, payload, cancellationToken);
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

    private async Task OnListingButtonAsync(ITurnContext turnContext, long userId, string action, long listingId, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case ListingPayload.Interested:
                await relayService.InterestAsync(turnContext, userId, listingId, inGroup: false, cancellationToken);
                return;
            case ListingPayload.Report:
                await moderation.AskReasonAsync(turnContext, userId, listingId, inGroup: false, cancellationToken);
                return;
        }

        if (action == CommunityPayload.Extend)
        {
            await expiry.ExtendAsync(turnContext, userId, listingId, cancellationToken);
            return;
        }

        if (action == ListingPayload.Edit)
        {
            if (await listingManager.OwnedAsync(turnContext, userId, listingId, cancellationToken) is not { } listing)
            {
                return;
            }

            if (listing.Status is not (ListingStatus.Open or ListingStatus.Reserved))
            {
                await turnContext.SayAsync(ListingManager.Closed(listing), cancellationToken);
                return;
            }

            turnContext.TurnState.Set(new ListingEditSeed(listing.Id));
            await flows.StartAsync(turnContext, ListingEditFlow.FlowName, cancellationToken);
            return;
        }

        if (!await listingManager.HandleAsync(turnContext, userId, action, listingId, cancellationToken))
        {
            logger.LogWarning("Unknown listing action {Action} from {UserId}", action, userId);
            await turnContext.SayAsync(UnreadableButton, cancellationToken);
        }
    }

    private async Task OnLocationAsync(ITurnContext turnContext, long userId, SharedLocation location, CancellationToken cancellationToken)
    {
        var resident = residents.Find(userId);
        if ((resident is null || resident.Verification < VerificationLevel.Address)
            && await flows.ContinueAsync(turnContext, new FlowInput { Location = location }, cancellationToken))
        {
            return;
        }

        await ResumeOnceVerifiedAsync(turnContext, await secondFactors.HandleLocationAsync(turnContext, resident, location, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A resident verified in this turn gets back what they were doing: a listing written before verification waits as a
    /// draft, and its preview comes back at once, with its buttons, rather than after a /start they would have to think of.
    /// </summary>
    private async Task ResumeOnceVerifiedAsync(ITurnContext turnContext, bool verified, CancellationToken cancellationToken)
    {
        if (verified)
        {
            await flows.ResumeAsync(turnContext, cancellationToken);
        }
    }
}

using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Signup;

namespace NeighbourBot.Dialogs.Verification;

/// <summary>
/// Verification by a person: the quartier's moderators (or the operators when it has none) get the name and
/// the address with Approuver / Refuser buttons through the outbox; the first decision wins and the resident is told.
/// </summary>
public sealed class ModeratorVerificationService(
    IResidentStore residents,
    IQuartierStore quartiers,
    IModeratorVerificationStore requests,
    IOutboxStore outbox,
    QuartierNames quartierNames,
    SecondFactorService secondFactors,
    IOptions<BotOptions> botOptions,
    TimeProvider timeProvider,
    ILogger<ModeratorVerificationService> logger)
{
    public const string Prefix = "mv:";
    public const string TakePrefix = "mv:take:";
    public const string ApprovePrefix = "mv:ok:";
    public const string RefusePrefix = "mv:no:";

    private const string IdAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// Sends the request to whoever may decide; <paramref name="resident"/> is the record as staged this turn.
    /// With several moderators, each first gets the name only and a "Je m'en occupe" button: the address goes to
    /// the one who takes it (DESIGN.md: only the verifying moderator sees it).
    /// </summary>
    public async Task RequestAsync(
        ITurnContext turnContext, Resident resident, ModeratorVerificationReason reason, string quartierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(resident);
        if (requests.PendingFor(resident.Id) is not null)
        {
            await turnContext.SayAsync("Votre demande est déjà chez un modérateur. Je vous préviens dès qu'il a répondu.", cancellationToken);
            return;
        }

        // Nobody verifies themselves: a moderator signing up is checked by another moderator or an operator.
        var moderators = (quartiers.Find(quartierId)?.ModeratorIds ?? []).Where(id => id != resident.Id).ToList();
        var asked = moderators.Count > 0 ? moderators : botOptions.Value.Operators.Where(id => id != resident.Id).ToList();
        if (asked.Count == 0)
        {
            logger.LogWarning("No moderator nor operator to verify resident {ResidentId} in quartier {QuartierId}", resident.Id, quartierId);
            await turnContext.SayAsync("Aucun modérateur n'est disponible pour l'instant, désolé. Vous pouvez essayer une autre façon de vous vérifier, ou réessayer plus tard.", cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow();
        var request = new ModeratorVerificationRequest
        {
            Id = NewId(),
            ResidentId = resident.Id,
            QuartierId = quartierId,
            Reason = reason,
            AskedIds = asked,
            ClaimedBy = asked.Count == 1 ? asked[0] : null,
            CreatedAt = now,
        };
        turnContext.Stage(() => requests.Upsert(request));

        var message = asked.Count == 1
            ? Details(request, resident)
            : new BotMessage(
                $"Demande de vérification pour le quartier {quartierNames.Of(quartierId)}, de la part de {resident.FirstName}. "
                    + "Le premier modérateur qui la prend verra l'adresse et décidera.",
                [new Button("Je m'en occupe", TakePrefix + request.Id)]);
        foreach (var moderatorId in asked)
        {
            // On Telegram a person's private chat id is their user id.
            var row = message.ToOutbox(moderatorId, now, $"verification:{request.Id}");
            turnContext.Stage(() => outbox.Enqueue(row));
        }

        logger.LogInformation("Verification request {RequestId} for resident {ResidentId} sent to {Count} moderator(s)", request.Id, resident.Id, asked.Count);
        await turnContext.SayAsync(
            $"C'est envoyé à un modérateur du quartier {quartierNames.Of(quartierId)}. Seul le modérateur qui traitera votre demande verra votre adresse. Je vous préviens dès qu'il a répondu.",
            cancellationToken);
    }

    /// <summary>A "Je m'en occupe", Approuver or Refuser press; only the quartier's moderators and the operators may act.</summary>
    private const string AlreadyVerifiedText = "Cette personne a entre-temps vérifié son adresse autrement : il n'y a plus rien à faire. Merci !";

    public async Task HandleAsync(ITurnContext turnContext, long userId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(payload);
        var prefix = new[] { TakePrefix, ApprovePrefix, RefusePrefix }.FirstOrDefault(p => payload.StartsWith(p, StringComparison.Ordinal));
        var request = prefix is null ? null : requests.Find(payload[prefix.Length..]);
        if (request is null)
        {
            logger.LogWarning("Unknown verification request pressed by {UserId}", userId);
            await turnContext.SayAsync("Je ne trouve pas cette demande de vérification.", cancellationToken);
            return;
        }

        if (!MayAct(request, userId))
        {
            logger.LogWarning("User {UserId} tried to act on verification request {RequestId} without being its moderator", userId, request.Id);
            await turnContext.SayAsync("Seuls les modérateurs de ce quartier peuvent traiter cette demande.", cancellationToken);
            return;
        }

        if (request.Status == ModeratorVerificationStatus.Withdrawn)
        {
            await turnContext.SayAsync(AlreadyVerifiedText, cancellationToken);
            return;
        }

        if (request.Status != ModeratorVerificationStatus.Pending)
        {
            await turnContext.SayAsync("Cette demande a déjà été traitée. Merci !", cancellationToken);
            return;
        }

        if (request.ClaimedBy is { } claimer && claimer != userId)
        {
            await turnContext.SayAsync("Un autre modérateur s'occupe déjà de cette demande. Merci !", cancellationToken);
            return;
        }

        var resident = residents.Find(request.ResidentId);
        if (resident is null)
        {
            var dropped = request with { Status = ModeratorVerificationStatus.Refused, DecidedBy = userId, DecidedAt = timeProvider.GetUtcNow() };
            turnContext.Stage(() => requests.Upsert(dropped));
            await turnContext.SayAsync("Cette personne s'est désinscrite entre-temps : il n'y a plus rien à faire.", cancellationToken);
            return;
        }

        if (resident.Verification >= VerificationLevel.Verified)
        {
            // Verified another way meanwhile (a request left pending by an older version, or a race): the
            // moderator must not see the address for nothing.
            var withdrawn = request with { Status = ModeratorVerificationStatus.Withdrawn, DecidedAt = timeProvider.GetUtcNow() };
            turnContext.Stage(() => requests.Upsert(withdrawn));
            await turnContext.SayAsync(AlreadyVerifiedText, cancellationToken);
            return;
        }

        if (string.Equals(prefix, TakePrefix, StringComparison.Ordinal))
        {
            var claimed = request with { ClaimedBy = userId };
            turnContext.Stage(() => requests.Upsert(claimed));
            await turnContext.SendActivityAsync(Details(claimed, resident).ToActivity(), cancellationToken);
            return;
        }

        if (request.ClaimedBy is null)
        {
            await turnContext.SayAsync("Prenez d'abord la demande avec le bouton « Je m'en occupe ».", cancellationToken);
            return;
        }

        await DecideAsync(turnContext, request, resident, userId, approve: string.Equals(prefix, ApprovePrefix, StringComparison.Ordinal), cancellationToken);
    }

    private async Task DecideAsync(
        ITurnContext turnContext, ModeratorVerificationRequest request, Resident resident, long deciderId, bool approve, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var decided = request with
        {
            Status = approve ? ModeratorVerificationStatus.Approved : ModeratorVerificationStatus.Refused,
            DecidedBy = deciderId,
            DecidedAt = now,
        };
        turnContext.Stage(() => requests.Upsert(decided));

        string told;
        Resident updated;
        if (approve)
        {
            updated = resident with
            {
                QuartierId = string.IsNullOrEmpty(resident.QuartierId) ? request.QuartierId : resident.QuartierId,
                Verification = VerificationLevel.Verified,
                VerificationMethod = VerificationMethod.Moderator,
                UpdatedAt = now,
            };
            told = await secondFactors.VerifiedTextAsync(updated, "Bonne nouvelle : un modérateur a vérifié votre adresse !", cancellationToken);
        }
        else if (request.Reason == ModeratorVerificationReason.AddressNotFound)
        {
            updated = resident with { Verification = VerificationLevel.None, UpdatedAt = now };
            told = "Un modérateur n'a pas pu confirmer votre adresse. Tapez /start pour la saisir de nouveau, avec le numéro, la rue et la ville.";
        }
        else
        {
            updated = resident with { UpdatedAt = now };
            told = "Un modérateur n'a pas pu confirmer votre adresse. Vous pouvez encore vous vérifier autrement : "
                + "partager votre position quand vous êtes chez vous, ou utiliser le code d'un voisin vérifié. Tapez /start pour revoir ces possibilités.";
        }

        turnContext.Stage(() => residents.Upsert(updated));
        var row = new BotMessage(told).ToOutbox(resident.PrivateChatId, now, $"verification:{request.Id}");
        turnContext.Stage(() => outbox.Enqueue(row));
        logger.LogInformation("Verification request {RequestId} {Decision} by {UserId}", request.Id, decided.Status, deciderId);
        await turnContext.SayAsync(
            approve ? "Merci, c'est noté : la personne est vérifiée et je la préviens." : "Merci, c'est noté : la demande est refusée et je préviens la personne.",
            cancellationToken);
    }

    private bool MayAct(ModeratorVerificationRequest request, long userId) =>
        userId != request.ResidentId
        && (botOptions.Value.IsOperator(userId)
            || request.AskedIds.Contains(userId)
            || quartiers.Find(request.QuartierId)?.ModeratorIds.Contains(userId) == true);

    /// <summary>What the verifying moderator sees: the name and the address, with the decision buttons.</summary>
    private BotMessage Details(ModeratorVerificationRequest request, Resident resident)
    {
        var address = resident.Address is null ? "" : resident.Address.Street.Length > 0 ? AddressText.Describe(resident.Address) : resident.Address.TypedText;
        var why = request.Reason == ModeratorVerificationReason.AddressNotFound
            ? "Le service d'adresses n'a pas trouvé cette adresse : elle a été écrite à la main."
            : "L'adresse a été trouvée ; il manque une vérification pour publier.";
        return new BotMessage(
            $"Demande de vérification pour le quartier {quartierNames.Of(request.QuartierId)}.\n"
                + $"Nom : {PersonName.Full(resident.FirstName, resident.LastName)}\n"
                + $"Adresse : {address}\n{why}\n"
                + "Cette adresse n'est montrée qu'à vous. Cette personne habite-t-elle bien là ?",
            [new Button("Approuver", ApprovePrefix + request.Id), new Button("Refuser", RefusePrefix + request.Id)]);
    }

    private static string NewId()
    {
        Span<char> id = stackalloc char[10];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = IdAlphabet[RandomNumberGenerator.GetInt32(IdAlphabet.Length)];
        }

        return new string(id);
    }
}

using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Verification;

/// <summary>The second factors a resident with a verified address can complete without a moderator: location and invite code.</summary>
public sealed class SecondFactorService(
    IResidentStore residents,
    IInviteCodeStore invites,
    IModeratorVerificationStore moderatorRequests,
    QuartierNames quartierNames,
    IGroupInviteLinks inviteLinks,
    IOptions<VerificationOptions> options,
    TimeProvider timeProvider,
    ILogger<SecondFactorService> logger)
{
    public const string AskModerator = "vf:mod";
    public const string ShareLocationTitle = "📍 Partager ma position";

    /// <summary>Open (unused, unexpired) codes one resident may hold at once.</summary>
    public const int MaxOpenInvites = 5;

    private VerificationOptions Options => options.Value;

    /// <summary>Explains the enabled second factors; location comes with the request-location button.</summary>
    public async Task OfferAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var ways = new List<string>();
        if (Options.Allows(VerificationOptions.Location))
        {
            ways.Add("partager votre position quand vous êtes chez vous (bouton « Partager ma position ») ;");
        }

        if (Options.Allows(VerificationOptions.Vouch))
        {
            ways.Add("taper le code qu'un voisin déjà vérifié vous donne (il l'obtient avec /parrainer) ;");
        }

        if (Options.Allows(VerificationOptions.Moderator))
        {
            ways.Add("demander à un modérateur du quartier de vérifier votre adresse.");
        }

        if (ways.Count == 0)
        {
            return;
        }

        var text = "Pour publier vos propres annonces, il reste à montrer que vous habitez bien là. Au choix :\n• "
            + string.Join("\n• ", ways);
        var activity = Options.Allows(VerificationOptions.Location)
            ? Replies.AskLocation(text, ShareLocationTitle)
            : Replies.Text(text);
        await turnContext.SendActivityAsync(activity, cancellationToken);
        if (Options.Allows(VerificationOptions.Moderator))
        {
            var ask = new BotMessage(
                "Si vous préférez, un modérateur peut vérifier votre adresse.",
                [new Button("Demander à un modérateur", AskModerator)]);
            await turnContext.SendActivityAsync(ask.ToActivity(), cancellationToken);
        }
    }

    /// <summary>A location shared to prove the address (close enough to it, or refused with the other ways); true when it verified the resident.</summary>
    public async Task<bool> HandleLocationAsync(ITurnContext turnContext, Resident? resident, SharedLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(location);
        if (resident is null || resident.Verification < VerificationLevel.Address || resident.Address is null)
        {
            await turnContext.SayAsync("Merci ! Votre position me servira une fois votre adresse vérifiée. Tapez /start pour vous inscrire.", cancellationToken);
            return false;
        }

        if (resident.Verification == VerificationLevel.Verified)
        {
            await turnContext.SayAsync("Vous êtes déjà vérifié(e) : vous pouvez publier des annonces.", cancellationToken);
            return false;
        }

        if (!Options.Allows(VerificationOptions.Location))
        {
            await turnContext.SayAsync("La vérification par position n'est pas proposée ici. Tapez /start pour voir les autres possibilités.", cancellationToken);
            return false;
        }

        var distance = LocationCheck.DistanceMeters(resident.Address, location);
        var allowed = LocationCheck.AllowedMeters(resident.Address, location, Options.LocationRadiusMeters);
        logger.LogDebug("Location check for {ResidentId}: {Distance:F0} m, allowed {Allowed:F0} m, live {Live}", resident.Id, distance, allowed, location.Live);
        if (distance > allowed)
        {
            logger.LogInformation("Location refused for resident {ResidentId}", resident.Id);
            var text = $"Cette position est à environ {FormatDistance(distance)} de votre adresse : je ne peux pas la valider. "
                + "Réessayez quand vous êtes chez vous, ou choisissez une autre façon de vous vérifier"
                + (Options.Allows(VerificationOptions.Vouch) ? " : un code de parrainage d'un voisin vérifié" : "")
                + (Options.Allows(VerificationOptions.Moderator) ? ", ou un modérateur du quartier." : ".");
            var buttons = Options.Allows(VerificationOptions.Moderator)
                ? new List<Button> { new("Demander à un modérateur", AskModerator) }
                : [];
            await turnContext.SendActivityAsync(new BotMessage(text, buttons).ToActivity(), cancellationToken);
            return false;
        }

        await MarkVerifiedAsync(turnContext, resident, VerificationMethod.Location, cancellationToken);
        return true;
    }

    /// <summary>/parrainer: a verified resident gets a single-use code for a neighbour of the same quartier.</summary>
    public async Task IssueInviteAsync(ITurnContext turnContext, Resident? resident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!Options.Allows(VerificationOptions.Vouch))
        {
            await turnContext.SayAsync("Le parrainage n'est pas proposé ici.", cancellationToken);
            return;
        }

        if (resident is null || resident.Verification != VerificationLevel.Verified || string.IsNullOrEmpty(resident.QuartierId))
        {
            await turnContext.SayAsync("Seuls les habitants déjà vérifiés peuvent parrainer un voisin. Tapez /start pour terminer votre inscription.", cancellationToken);
            return;
        }

        var now = timeProvider.GetUtcNow();
        var open = invites.IssuedBy(resident.Id).Count(i => i.UsedBy is null && i.ExpiresAt > now);
        if (open >= MaxOpenInvites)
        {
            await turnContext.SayAsync($"Vous avez déjà {open} codes de parrainage en cours. Attendez qu'ils servent ou expirent avant d'en demander un autre.", cancellationToken);
            return;
        }

        var invite = new InviteCode
        {
            Code = InviteCodes.New(),
            QuartierId = resident.QuartierId,
            IssuedBy = resident.Id,
            CreatedAt = now,
            ExpiresAt = now.AddDays(Options.InviteDays),
        };
        turnContext.Stage(() => invites.Upsert(invite));
        logger.LogInformation("Invite code issued by resident {ResidentId}", resident.Id);
        await turnContext.SayAsync($"Voici votre code de parrainage : {invite.Code}\nDonnez-le à votre voisin ou voisine du quartier {quartierNames.Of(resident.QuartierId)} : "
                + $"il sert une seule fois et reste valable {Options.InviteDays} jours. Il suffit de me l'envoyer après l'inscription.",
            cancellationToken);
    }

    /// <summary>A typed invite code ("/code K7QM3P" or the bare code); true when it verified the resident.</summary>
    public async Task<bool> RedeemAsync(ITurnContext turnContext, Resident? resident, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!Options.Allows(VerificationOptions.Vouch))
        {
            await turnContext.SayAsync("La vérification par code de parrainage n'est pas proposée ici.", cancellationToken);
            return false;
        }

        if (!InviteCodes.TryNormalise(typed, out var code))
        {
            await turnContext.SayAsync($"Un code de parrainage a {InviteCodes.Length} caractères, par exemple : /code K7QM3P.", cancellationToken);
            return false;
        }

        if (resident is null || resident.Verification < VerificationLevel.Address || string.IsNullOrEmpty(resident.QuartierId))
        {
            await turnContext.SayAsync("Gardez ce code : il servira une fois votre adresse vérifiée. Tapez /start pour vous inscrire.", cancellationToken);
            return false;
        }

        if (resident.Verification == VerificationLevel.Verified)
        {
            await turnContext.SayAsync("Vous êtes déjà vérifié(e) : inutile d'utiliser un code.", cancellationToken);
            return false;
        }

        var now = timeProvider.GetUtcNow();
        var invite = invites.Find(code);
        string? refusal = invite switch
        {
            null => "Je ne connais pas ce code. Vérifiez-le auprès de la personne qui vous l'a donné.",
            { UsedBy: not null } => "Ce code a déjà servi : chaque code ne vaut qu'une fois. Demandez-en un nouveau à votre voisin (il l'obtient avec /parrainer).",
            _ when invite.ExpiresAt <= now => "Ce code a expiré. Demandez-en un nouveau à votre voisin (il l'obtient avec /parrainer).",
            _ when !string.Equals(invite.QuartierId, resident.QuartierId, StringComparison.Ordinal) =>
                $"Ce code vaut pour le quartier {quartierNames.Of(invite.QuartierId)}, et votre adresse est dans le quartier {quartierNames.Of(resident.QuartierId)}. Il faut le code d'un voisin de votre quartier.",
            _ when invite.IssuedBy == resident.Id => "Vous ne pouvez pas utiliser votre propre code.",
            _ => null,
        };
        if (refusal is not null)
        {
            logger.LogInformation("Invite code refused for resident {ResidentId}", resident.Id);
            await turnContext.SayAsync(refusal, cancellationToken);
            return false;
        }

        var used = invite! with { UsedBy = resident.Id, UsedAt = now };
        turnContext.Stage(() => invites.Upsert(used));
        await MarkVerifiedAsync(turnContext, resident, VerificationMethod.Vouch, cancellationToken);
        return true;
    }

    /// <summary>What a newly verified resident reads: they can post, plus the group link when there is one.</summary>
    public async Task<string> VerifiedTextAsync(Resident resident, string lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var text = $"{lead} Vous pouvez maintenant publier des annonces dans le quartier {quartierNames.Of(resident.QuartierId)}.";
        var link = string.IsNullOrEmpty(resident.QuartierId)
            ? null
            : await inviteLinks.InviteLinkAsync(resident.QuartierId, resident.Id, cancellationToken);
        return link is null
            ? $"{text}\nLe groupe Telegram du quartier n'est pas encore ouvert : je vous enverrai son lien dès qu'il le sera."
            : $"{text}\nRejoignez aussi le groupe du quartier : {link}";
    }

    private async Task MarkVerifiedAsync(ITurnContext turnContext, Resident resident, VerificationMethod method, CancellationToken cancellationToken)
    {
        var verified = resident with
        {
            Verification = VerificationLevel.Verified,
            VerificationMethod = method,
            UpdatedAt = timeProvider.GetUtcNow(),
        };
        turnContext.Stage(() => residents.Upsert(verified));
        if (moderatorRequests.PendingFor(resident.Id) is { } pending)
        {
            // No moderator should now open this request and read the address for nothing.
            var withdrawn = pending with { Status = ModeratorVerificationStatus.Withdrawn, DecidedAt = verified.UpdatedAt };
            turnContext.Stage(() => moderatorRequests.Upsert(withdrawn));
        }

        logger.LogInformation("Resident {ResidentId} verified by {Method}", resident.Id, method);
        var lead = method == VerificationMethod.Location ? "Merci, votre position confirme votre adresse !" : "Merci, votre code est valable !";
        await turnContext.SayAsync(await VerifiedTextAsync(verified, lead, cancellationToken), cancellationToken);
    }

    private static string FormatDistance(double meters) =>
        meters >= 1000
            ? (meters / 1000).ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) + " km"
            : Math.Round(meters / 10) * 10 + " m";
}

using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>
/// Signup: name, address, lookup (confirm / choose / house number / out of area / not found / geocoder down),
/// quartier, then the second-factor offer. A geocoded address in a served quartier makes the resident
/// <see cref="VerificationLevel.Address"/>.
/// </summary>
public sealed class SignupFlow : Flow<SignupDraft>
{
    public const string FlowName = "signup";
    public const int TriesBeforeModerator = 3;

    private const string NameStep = "name";
    private const string AddressStep = "address";
    private const string ChooseStep = "choose";
    private const string NumberStep = "number";
    private const string ConfirmStep = "confirm";
    private const string PendingStep = "pending";
    private const string StuckStep = "stuck";
    private const string QuartierStep = "quartier";

    private readonly IResidentStore _residents;
    private readonly IQuartierStore _quartiers;
    private readonly AddressQuestion _addresses;
    private readonly IQuartierMap _map;
    private readonly IPendingAddressStore _pending;
    private readonly SecondFactorService _secondFactors;
    private readonly ModeratorVerificationService _moderators;
    private readonly VerificationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SignupFlow> _logger;

    public SignupFlow(
        ConversationState conversationState,
        IResidentStore residents,
        IQuartierStore quartiers,
        AddressQuestion addresses,
        IQuartierMap map,
        IPendingAddressStore pending,
        SecondFactorService secondFactors,
        ModeratorVerificationService moderators,
        IOptions<VerificationOptions> options,
        TimeProvider timeProvider,
        ILogger<SignupFlow> logger)
        : base(conversationState, FlowName)
    {
        ArgumentNullException.ThrowIfNull(options);
        _residents = residents;
        _quartiers = quartiers;
        _addresses = addresses;
        _map = map;
        _pending = pending;
        _secondFactors = secondFactors;
        _moderators = moderators;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
    }

    protected override IReadOnlyList<FlowStep<SignupDraft>> DefineSteps() =>
    [
        new(NameStep, (t, _, ct) => t.SayAsync(SignupMessages.AskName, ct), AcceptNameAsync),
        new(AddressStep, (t, _, ct) => t.SayAsync(SignupMessages.AskAddress, ct), AcceptAddressAsync),
        new(ChooseStep, (t, d, ct) => t.SendActivityAsync(SignupMessages.Choose(d.Candidates).ToActivity(), ct), AcceptChoiceAsync),
        new(NumberStep, (t, d, ct) => t.SendActivityAsync(SignupMessages.AskNumber(d.Candidates[0]).ToActivity(), ct), AcceptNumberAsync),
        new(ConfirmStep, (t, d, ct) => t.SendActivityAsync(SignupMessages.Confirm(d.Candidates[0]).ToActivity(), ct), AcceptConfirmationAsync),
        new(PendingStep, PromptPendingAsync, AcceptPendingAsync),
        new(StuckStep, PromptStuckAsync, AcceptStuckAsync),
        new(QuartierStep, PromptQuartierAsync, AcceptQuartierAsync),
    ];

    protected override Task<string> BeginAsync(ITurnContext turnContext, SignupDraft draft, CancellationToken cancellationToken)
    {
        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        var resident = _residents.Find(userId);
        if (resident is null || string.IsNullOrEmpty(resident.FirstName))
        {
            return Task.FromResult(NameStep);
        }

        draft.FirstName = resident.FirstName;
        draft.LastName = resident.LastName;
        var pending = _pending.Find(userId);
        if (pending is not null)
        {
            draft.TypedAddress = pending.TypedText;
            return Task.FromResult(PendingStep);
        }

        return Task.FromResult(AddressStep);
    }

    protected override Task IntroduceAsync(ITurnContext turnContext, SignupDraft draft, CancellationToken cancellationToken) =>
        draft.Step == NameStep
            ? turnContext.SayAsync(SignupMessages.Welcome, cancellationToken)
            : turnContext.SayAsync($"Rebonjour {draft.FirstName} ! Reprenons votre inscription.", cancellationToken);

    private static Task<StepResult> AcceptNameAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Text is null)
        {
            return Task.FromResult(StepResult.Retry("Écrivez votre prénom et votre nom, par exemple : Marie Dupont."));
        }

        if (!PersonName.TryParse(input.Text, out var first, out var last, out var hint))
        {
            return Task.FromResult(StepResult.Retry(hint));
        }

        draft.FirstName = first;
        draft.LastName = last;
        return Task.FromResult(StepResult.GoTo(AddressStep, $"Merci {first} !"));
    }

    private Task<StepResult> AcceptAddressAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Location is not null)
        {
            return Task.FromResult(StepResult.Retry("Merci ! Pour l'inscription, écrivez plutôt votre adresse en toutes lettres : votre position servira ensuite à la confirmer."));
        }

        if (input.Text is null)
        {
            return Task.FromResult(StepResult.Retry("Écrivez votre adresse en toutes lettres, par exemple : 12 rue de la Liberté, Dijon."));
        }

        return LookupAsync(turnContext, draft, input.Text.Trim(), cancellationToken);
    }

    private Task<StepResult> AcceptChoiceAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Text is not null)
        {
            return LookupAsync(turnContext, draft, input.Text.Trim(), cancellationToken);
        }

        if (string.Equals(input.Callback, SignupMessages.PickNone, StringComparison.Ordinal))
        {
            return Task.FromResult(StepResult.WaitAt(AddressStep, "D'accord. Écrivez votre adresse avec le numéro, la rue et le code postal, par exemple : 12 rue de la Liberté, 21000 Dijon."));
        }

        if (input.Callback?.StartsWith(SignupMessages.PickPrefix, StringComparison.Ordinal) == true
            && int.TryParse(input.Callback.AsSpan(SignupMessages.PickPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < draft.Candidates.Count)
        {
            draft.Candidates = [draft.Candidates[index]];
            return AssignQuartierAsync(turnContext, draft, cancellationToken);
        }

        return Task.FromResult(StepResult.Retry("Choisissez une des adresses proposées, ou écrivez de nouveau la vôtre.", repeatPrompt: true));
    }

    private Task<StepResult> AcceptNumberAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Text is null)
        {
            return Task.FromResult(StepResult.Retry("Écrivez seulement votre numéro dans la rue, par exemple : 12 ou 12 bis."));
        }

        if (!AddressQuestion.TryReadHouseNumber(input.Text, out var number))
        {
            return LookupAsync(turnContext, draft, input.Text.Trim(), cancellationToken);
        }

        var street = draft.Candidates[0];
        return LookupAsync(turnContext, draft, $"{number} {AddressText.Street(street)}", cancellationToken, typedNumber: number);
    }

    private Task<StepResult> AcceptConfirmationAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (string.Equals(input.Callback, SignupMessages.Yes, StringComparison.Ordinal) || AddressQuestion.IsYes(input.Text))
        {
            return AssignQuartierAsync(turnContext, draft, cancellationToken);
        }

        if (string.Equals(input.Callback, SignupMessages.No, StringComparison.Ordinal) || AddressQuestion.IsNo(input.Text))
        {
            return Task.FromResult(StepResult.GoTo(AddressStep, "D'accord, corrigeons-la."));
        }

        if (input.Text is not null)
        {
            return LookupAsync(turnContext, draft, input.Text.Trim(), cancellationToken);
        }

        return Task.FromResult(StepResult.Retry("Répondez avec les boutons Oui ou Non, s'il vous plaît.", repeatPrompt: true));
    }

    private Task PromptPendingAsync(ITurnContext turnContext, SignupDraft draft, CancellationToken cancellationToken)
    {
        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        var pending = _pending.Find(userId);
        if (pending is null || pending.State == PendingAddressState.Waiting)
        {
            return turnContext.SayAsync("Je n'ai pas encore pu vérifier votre adresse : le service d'adresses ne répond pas pour l'instant. Je vous écris dès que c'est fait, sans rien avoir à recommencer. Vous pouvez aussi la réécrire.",
                cancellationToken);
        }

        return turnContext.SendActivityAsync(PendingMessage(pending, lead: null).ToActivity(), cancellationToken);
    }

    /// <summary>A button pressed while the address still waits for the address service (an old question, say).</summary>
    public const string StillWaiting =
        "Le service d'adresses ne répond pas encore, je vous écris dès que votre adresse est vérifiée. Vous pouvez aussi la réécrire : quelle est votre adresse ?";

    private Task<StepResult> AcceptPendingAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        var pending = _pending.Find(userId);
        if (pending is not null && pending.State != PendingAddressState.Waiting)
        {
            // The background job already looked the address up: take its answer as if it had been given now.
            draft.Candidates = pending.Proposals.ToList();
            var step = pending.State switch
            {
                PendingAddressState.Confirm => ConfirmStep,
                PendingAddressState.Choose => ChooseStep,
                PendingAddressState.NeedHouseNumber => NumberStep,
                _ => AddressStep,
            };
            return AcceptAsync(turnContext, draft, step, input, cancellationToken);
        }

        if (input.Text is not null)
        {
            return LookupAsync(turnContext, draft, input.Text.Trim(), cancellationToken);
        }

        return Task.FromResult(StepResult.Retry(StillWaiting));
    }

    private async Task PromptStuckAsync(ITurnContext turnContext, SignupDraft draft, CancellationToken cancellationToken)
    {
        const string text = "Je n'arrive pas à trouver cette adresse. Vous pouvez la réécrire autrement";
        var message = _options.Allows(VerificationOptions.Moderator)
            ? new BotMessage(
                text + ", ou demander à un modérateur de la vérifier à la main.",
                [new Button("Demander à un modérateur", SignupMessages.AskModerator), new Button("Réessayer", SignupMessages.TryAgain)])
            : new BotMessage(text + ", avec le numéro, la rue et la ville.");
        await turnContext.SendActivityAsync(message.ToActivity(), cancellationToken);
    }

    private Task<StepResult> AcceptStuckAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Text is not null)
        {
            return LookupAsync(turnContext, draft, input.Text.Trim(), cancellationToken);
        }

        if (string.Equals(input.Callback, SignupMessages.AskModerator, StringComparison.Ordinal) && _options.Allows(VerificationOptions.Moderator))
        {
            return Task.FromResult(StepResult.GoTo(QuartierStep));
        }

        if (string.Equals(input.Callback, SignupMessages.TryAgain, StringComparison.Ordinal))
        {
            draft.FailedTries = 0;
            return Task.FromResult(StepResult.GoTo(AddressStep));
        }

        return Task.FromResult(StepResult.Retry("Choisissez avec les boutons, ou réécrivez votre adresse.", repeatPrompt: true));
    }

    private async Task PromptQuartierAsync(ITurnContext turnContext, SignupDraft draft, CancellationToken cancellationToken)
    {
        var buttons = _map.Quartiers
            .Select((q, i) => new Button(q.Name, SignupMessages.QuartierPrefix + i.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var message = new BotMessage("Dans quel quartier habitez-vous ? Le modérateur de ce quartier vérifiera votre adresse.", buttons);
        await turnContext.SendActivityAsync(message.ToActivity(), cancellationToken);
    }

    private async Task<StepResult> AcceptQuartierAsync(ITurnContext turnContext, SignupDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Callback?.StartsWith(SignupMessages.QuartierPrefix, StringComparison.Ordinal) != true
            || !int.TryParse(input.Callback.AsSpan(SignupMessages.QuartierPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index < 0 || index >= _map.Quartiers.Count)
        {
            return StepResult.Retry("Choisissez votre quartier avec les boutons.", repeatPrompt: true);
        }

        var area = _map.Quartiers[index];
        var resident = NewOrExisting(turnContext) with
        {
            FirstName = draft.FirstName,
            LastName = draft.LastName,
            Address = new ResidentAddress { TypedText = draft.TypedAddress },
            Verification = VerificationLevel.Pending,
            VerificationMethod = VerificationMethod.None,
        };
        turnContext.Stage(() => _residents.Upsert(resident));
        await _moderators.RequestAsync(turnContext, resident, ModeratorVerificationReason.AddressNotFound, area.Id, cancellationToken);
        return StepResult.Done;
    }

    private async Task<StepResult> LookupAsync(
        ITurnContext turnContext, SignupDraft draft, string text, CancellationToken cancellationToken, string? typedNumber = null)
    {
        var answer = await _addresses.AskAsync(turnContext, text, draft.FailedTries > 0, typedNumber, cancellationToken);
        if (answer is { Kind: AddressAnswerKind.Failed, LookedUp: false })
        {
            return Failed(draft, answer.Hint ?? AddressQuestion.NotAnAddress);
        }

        draft.TypedAddress = text;
        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        if (answer.Kind != AddressAnswerKind.Unavailable && _pending.Find(userId) is not null)
        {
            turnContext.Stage(() => _pending.Remove(userId));
        }

        switch (answer.Kind)
        {
            case AddressAnswerKind.Confirm:
                draft.Candidates = answer.Candidates.ToList();
                return StepResult.GoTo(ConfirmStep);
            case AddressAnswerKind.Choose:
                draft.Candidates = answer.Candidates.ToList();
                return StepResult.GoTo(ChooseStep);
            case AddressAnswerKind.NeedNumber:
                draft.Candidates = answer.Candidates.ToList();
                return StepResult.GoTo(NumberStep);
            case AddressAnswerKind.OutOfArea:
                return StepResult.Retry(answer.Hint ?? "");
            case AddressAnswerKind.Unavailable:
                return KeepForLater(turnContext, draft, text);
            default:
                return Failed(draft, answer.Hint ?? AddressQuestion.NotAnAddress);
        }
    }

    private static StepResult Failed(SignupDraft draft, string hint)
    {
        draft.FailedTries++;
        return draft.FailedTries >= TriesBeforeModerator ? StepResult.GoTo(StuckStep) : StepResult.Retry(hint);
    }

    private StepResult KeepForLater(ITurnContext turnContext, SignupDraft draft, string text)
    {
        var now = _time.GetUtcNow();
        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        var resident = NewOrExisting(turnContext) with
        {
            FirstName = draft.FirstName,
            LastName = draft.LastName,
            Address = new ResidentAddress { TypedText = text },
            Verification = VerificationLevel.Pending,
        };
        var existing = _pending.Find(userId);
        var pending = new PendingAddress
        {
            ResidentId = userId,
            ChatId = resident.PrivateChatId,
            TypedText = text,
            Attempts = existing?.Attempts ?? 0,
            CreatedAt = existing?.CreatedAt ?? now,
            NextAttemptAt = now,
        };
        turnContext.Stage(() => _residents.Upsert(resident));
        turnContext.Stage(() => _pending.Upsert(pending));
        _logger.LogWarning("Address lookup unavailable; resident {ResidentId} kept pending", userId);
        return StepResult.WaitAt(
            PendingStep,
            "Le service qui vérifie les adresses ne répond pas pour le moment. J'ai bien gardé votre adresse, et je vous écris dès que je l'ai vérifiée : vous n'aurez rien à recommencer.");
    }

    private async Task<StepResult> AssignQuartierAsync(ITurnContext turnContext, SignupDraft draft, CancellationToken cancellationToken)
    {
        var address = draft.Candidates[0] with { TypedText = draft.TypedAddress };
        var match = _map.Locate(address.Longitude, address.Latitude);
        if (match is null)
        {
            _logger.LogInformation("Confirmed address outside every quartier");
            return StepResult.GoTo(
                AddressStep,
                "Cette adresse n'est dans aucun des quartiers où NeighbourBot est ouvert pour l'instant, désolé. Si vous habitez ailleurs dans notre zone, donnez-moi cette adresse.");
        }

        var now = _time.GetUtcNow();
        if (_quartiers.Find(match.Quartier.Id) is null)
        {
            var quartier = new Quartier { Id = match.Quartier.Id, Name = match.Quartier.Name };
            turnContext.Stage(() => _quartiers.Upsert(quartier));
        }

        var resident = NewOrExisting(turnContext) with
        {
            FirstName = draft.FirstName,
            LastName = draft.LastName,
            Address = address,
            QuartierId = match.Quartier.Id,
            Verification = VerificationLevel.Address,
            VerificationMethod = VerificationMethod.None,
            UpdatedAt = now,
        };
        turnContext.Stage(() => _residents.Upsert(resident));
        if (_pending.Find(resident.Id) is not null)
        {
            turnContext.Stage(() => _pending.Remove(resident.Id));
        }

        _logger.LogInformation("Resident {ResidentId} signed up in quartier {QuartierId}", resident.Id, match.Quartier.Id);
        await turnContext.SayAsync($"Bienvenue dans le quartier {match.Quartier.Name}, {draft.FirstName} ! Vous pouvez dès maintenant lire les annonces de vos voisins et leur répondre.\n"
                + "Pour publier, il suffira ensuite de m'écrire ce que vous proposez ou cherchez, par exemple : « Je donne un canapé » ou « Qui peut me prêter une perceuse ? ».",
            cancellationToken);
        await _secondFactors.OfferAsync(turnContext, cancellationToken);
        return StepResult.Done;
    }

    private Resident NewOrExisting(ITurnContext turnContext)
    {
        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        var now = _time.GetUtcNow();
        var resident = _residents.Find(userId) ?? new Resident { Id = userId, CreatedAt = now };
        return resident with { PrivateChatId = Inbound.ChatId(turnContext.Activity) ?? userId, UpdatedAt = now };
    }

    /// <summary>The question for a pending address the job has looked up (same text as its proactive message).</summary>
    public static BotMessage PendingMessage(PendingAddress pending, string? lead)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return pending.State switch
        {
            PendingAddressState.Confirm => SignupMessages.Confirm(pending.Proposals[0], lead),
            PendingAddressState.Choose => SignupMessages.Choose(pending.Proposals, lead),
            PendingAddressState.NeedHouseNumber => SignupMessages.AskNumber(pending.Proposals[0], lead),
            _ => new BotMessage((lead is null ? "" : lead + " ")
                + "Je ne trouve pas l'adresse que vous m'aviez donnée. Pouvez-vous la réécrire, avec le numéro, la rue et la ville ?"),
        };
    }
}

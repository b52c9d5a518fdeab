using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Dialogs.Account;

/// <summary>
/// /demenager: the new address is read as at signup (<see cref="AddressQuestion"/>, the same questions and
/// buttons), then the resident confirms the move. Only then: the address and quartier change, verification
/// starts again at the address level (the second factor is offered again), open listings are withdrawn from
/// the old group and their relays closed, the resident leaves the old quartier's groups and stops moderating
/// there. Until that confirmation nothing is written, so /annuler leaves everything as it was.
/// </summary>
public sealed class MoveFlow(
    ConversationState conversationState,
    IResidentStore residents,
    IQuartierStore quartiers,
    IListingStore listings,
    IRelayStore relays,
    IPendingAddressStore pendingAddresses,
    IModeratorVerificationStore verificationRequests,
    IGroupAdministration groups,
    IQuartierMap map,
    AddressQuestion addresses,
    ListingManager listingManager,
    SecondFactorService secondFactors,
    QuartierNames quartierNames,
    TimeProvider timeProvider,
    ILogger<MoveFlow> logger) : Flow<MoveDraft>(conversationState, FlowName)
{
    public const string FlowName = "move";
    public const string Prefix = "dm:";

    private const string AddressStep = "address";
    private const string ChooseStep = "choose";
    private const string NumberStep = "number";
    private const string ConfirmStep = "confirm";
    private const string MoveStep = "move";

    /// <summary>Whether the resident may move: signed up with an address verified, so they have a quartier.</summary>
    public static bool MayMove(Resident? resident) =>
        resident is { Verification: >= VerificationLevel.Address, QuartierId.Length: > 0 };

    protected override IReadOnlyList<FlowStep<MoveDraft>> DefineSteps() =>
    [
        new(AddressStep, (t, _, ct) => t.SayAsync(MoveMessages.AskAddress, ct), AcceptAddressAsync),
        new(ChooseStep, (t, d, ct) => t.SendActivityAsync(SignupMessages.Choose(d.Candidates).ToActivity(), ct), AcceptChoiceAsync),
        new(NumberStep, (t, d, ct) => t.SendActivityAsync(SignupMessages.AskNumber(d.Candidates[0]).ToActivity(), ct), AcceptNumberAsync),
        new(ConfirmStep, (t, d, ct) => t.SendActivityAsync(SignupMessages.Confirm(d.Candidates[0]).ToActivity(), ct), AcceptConfirmationAsync),
        new(MoveStep, PromptMoveAsync, AcceptMoveAsync),
    ];

    protected override Task IntroduceAsync(ITurnContext turnContext, MoveDraft draft, CancellationToken cancellationToken) =>
        turnContext.SayAsync(MoveMessages.Intro, cancellationToken);

    private Task<StepResult> AcceptAddressAsync(ITurnContext turnContext, MoveDraft draft, FlowInput input, CancellationToken cancellationToken) =>
        input.Text is null
            ? Task.FromResult(StepResult.Retry("Écrivez votre nouvelle adresse en toutes lettres, par exemple : 12 rue de la Liberté, Dijon."))
            : LookupAsync(turnContext, draft, input.Text.Trim(), null, cancellationToken);

    private Task<StepResult> AcceptChoiceAsync(ITurnContext turnContext, MoveDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Text is not null)
        {
            return LookupAsync(turnContext, draft, input.Text.Trim(), null, cancellationToken);
        }

        if (string.Equals(input.Callback, SignupMessages.PickNone, StringComparison.Ordinal))
        {
            return Task.FromResult(StepResult.WaitAt(AddressStep, "D'accord. Écrivez votre nouvelle adresse avec le numéro, la rue et le code postal, par exemple : 12 rue de la Liberté, 21000 Dijon."));
        }

        if (input.Callback?.StartsWith(SignupMessages.PickPrefix, StringComparison.Ordinal) == true
            && int.TryParse(input.Callback.AsSpan(SignupMessages.PickPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < draft.Candidates.Count)
        {
            draft.Candidates = [draft.Candidates[index]];
            return Task.FromResult(Place(draft));
        }

        return Task.FromResult(StepResult.Retry("Choisissez une des adresses proposées, ou écrivez de nouveau la vôtre.", repeatPrompt: true));
    }

    private Task<StepResult> AcceptNumberAsync(ITurnContext turnContext, MoveDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Text is null)
        {
            return Task.FromResult(StepResult.Retry("Écrivez seulement votre numéro dans la rue, par exemple : 12 ou 12 bis."));
        }

        return AddressQuestion.TryReadHouseNumber(input.Text, out var number)
            ? LookupAsync(turnContext, draft, $"{number} {AddressText.Street(draft.Candidates[0])}", number, cancellationToken)
            : LookupAsync(turnContext, draft, input.Text.Trim(), null, cancellationToken);
    }

    private Task<StepResult> AcceptConfirmationAsync(ITurnContext turnContext, MoveDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (string.Equals(input.Callback, SignupMessages.Yes, StringComparison.Ordinal) || AddressQuestion.IsYes(input.Text))
        {
            return Task.FromResult(Place(draft));
        }

        if (string.Equals(input.Callback, SignupMessages.No, StringComparison.Ordinal) || AddressQuestion.IsNo(input.Text))
        {
            return Task.FromResult(StepResult.GoTo(AddressStep, "D'accord, corrigeons-la."));
        }

        return input.Text is not null
            ? LookupAsync(turnContext, draft, input.Text.Trim(), null, cancellationToken)
            : Task.FromResult(StepResult.Retry("Répondez avec les boutons Oui ou Non, s'il vous plaît.", repeatPrompt: true));
    }

    private async Task<StepResult> LookupAsync(ITurnContext turnContext, MoveDraft draft, string text, string? typedNumber, CancellationToken cancellationToken)
    {
        var answer = await addresses.AskAsync(turnContext, text, draft.FailedTries > 0, typedNumber, cancellationToken);
        switch (answer.Kind)
        {
            case AddressAnswerKind.Confirm:
                draft.TypedAddress = text;
                draft.Candidates = answer.Candidates.ToList();
                return StepResult.GoTo(ConfirmStep);
            case AddressAnswerKind.Choose:
                draft.TypedAddress = text;
                draft.Candidates = answer.Candidates.ToList();
                return StepResult.GoTo(ChooseStep);
            case AddressAnswerKind.NeedNumber:
                draft.TypedAddress = text;
                draft.Candidates = answer.Candidates.ToList();
                return StepResult.GoTo(NumberStep);
            case AddressAnswerKind.OutOfArea:
                return StepResult.Retry(answer.Hint ?? MoveMessages.OutsideQuartiers);
            case AddressAnswerKind.Unavailable:
                // Unlike signup, nothing is kept for later: the resident still lives at the old address meanwhile.
                logger.LogWarning("Address lookup unavailable during a move");
                return StepResult.Retry(MoveMessages.GeocoderDown);
            default:
                draft.FailedTries++;
                var hint = answer.Hint ?? AddressQuestion.NotAnAddress;
                return StepResult.Retry(draft.FailedTries >= SignupFlow.TriesBeforeModerator ? hint + MoveMessages.StillNotFound : hint);
        }
    }

    private StepResult Place(MoveDraft draft)
    {
        var address = draft.Candidates[0];
        if (map.Locate(address.Longitude, address.Latitude) is not { } match)
        {
            logger.LogInformation("Confirmed new address outside every quartier");
            return StepResult.GoTo(AddressStep, MoveMessages.OutsideQuartiers);
        }

        draft.QuartierId = match.Quartier.Id;
        return StepResult.GoTo(MoveStep);
    }

    private async Task PromptMoveAsync(ITurnContext turnContext, MoveDraft draft, CancellationToken cancellationToken)
    {
        var resident = residents.Find(Inbound.UserId(turnContext.Activity) ?? 0);
        var open = resident is null ? 0 : listings.ByAuthor(resident.Id).Count(IsLive);
        var question = MoveMessages.Question(quartierNames.Of(resident?.QuartierId), quartierNames.Of(draft.QuartierId), open);
        await turnContext.SendActivityAsync(question.ToActivity(), cancellationToken);
    }

    private async Task<StepResult> AcceptMoveAsync(ITurnContext turnContext, MoveDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (string.Equals(input.Callback, MoveMessages.Stay, StringComparison.Ordinal) || AddressQuestion.IsNo(input.Text))
        {
            await turnContext.SayAsync(MoveMessages.Kept, cancellationToken);
            return StepResult.Done;
        }

        if (!string.Equals(input.Callback, MoveMessages.Go, StringComparison.Ordinal) && !AddressQuestion.IsYes(input.Text))
        {
            return StepResult.Retry("Répondez avec les boutons, s'il vous plaît : « Oui, je déménage » ou « Non, je reste ».", repeatPrompt: true);
        }

        var resident = residents.Find(Inbound.UserId(turnContext.Activity) ?? 0);
        if (!MayMove(resident))
        {
            await turnContext.SayAsync(MoveMessages.NotSignedUp, cancellationToken);
            return StepResult.Done;
        }

        await MoveAsync(turnContext, resident!, draft, cancellationToken);
        return StepResult.Done;
    }

    private async Task MoveAsync(ITurnContext turnContext, Resident resident, MoveDraft draft, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var from = resident.QuartierId!;
        var to = draft.QuartierId;
        var changesQuartier = !string.Equals(from, to, StringComparison.Ordinal);
        var fromName = quartierNames.Of(from);
        var toName = quartierNames.Of(to);
        if (quartiers.Find(to) is null)
        {
            var created = new Quartier { Id = to, Name = toName };
            turnContext.Stage(() => quartiers.Upsert(created));
        }

        var moved = resident with
        {
            Address = draft.Candidates[0] with { TypedText = draft.TypedAddress },
            QuartierId = to,
            Verification = VerificationLevel.Address,
            VerificationMethod = VerificationMethod.None,
            UpdatedAt = now,
        };
        turnContext.Stage(() =>
        {
            residents.Upsert(moved);
            pendingAddresses.Remove(moved.Id);
        });
        if (verificationRequests.PendingFor(resident.Id) is { } request)
        {
            // Asked about the old address: a moderator must not confirm it now.
            turnContext.Stage(() => verificationRequests.Upsert(request with { Status = ModeratorVerificationStatus.Refused, DecidedAt = now }));
        }

        var withdrawn = 0;
        if (changesQuartier)
        {
            foreach (var listing in listings.ByAuthor(resident.Id).Where(IsLive))
            {
                listingManager.Withdraw(turnContext, listing);
                CloseRelays(turnContext, listing, now);
                withdrawn++;
            }

            LeaveModeration(turnContext, resident.Id, from);
        }

        logger.LogInformation("Resident {ResidentId} moved from quartier {From} to {To}; {Count} listings withdrawn", resident.Id, from, to, withdrawn);
        await turnContext.SayAsync(MoveMessages.Moved(fromName, toName, withdrawn), cancellationToken);
        await secondFactors.OfferAsync(turnContext, cancellationToken);
        if (changesQuartier && resident.Verification == VerificationLevel.Verified)
        {
            // Only verified residents are let into a quartier group (JoinRequestGate): nobody else is in one to leave.
            await LeaveGroupsAsync(resident.Id, from, cancellationToken);
        }
    }

    /// <summary>The relays on a withdrawn listing end; its neighbours were told by the withdrawal itself.</summary>
    private void CloseRelays(ITurnContext turnContext, Listing listing, DateTimeOffset now)
    {
        foreach (var relay in relays.OfListing(listing.Id).Where(r => r.Status == RelayStatus.Open))
        {
            turnContext.Stage(() =>
            {
                if (relays.Find(relay.Id) is { Status: RelayStatus.Open } current)
                {
                    relays.Save(current with { Status = RelayStatus.Closed, ClosedAt = now });
                }
            });
        }
    }

    private void LeaveModeration(ITurnContext turnContext, long residentId, string quartierId)
    {
        if (quartiers.Find(quartierId) is not { } quartier || !quartier.ModeratorIds.Contains(residentId))
        {
            return;
        }

        turnContext.Stage(() =>
        {
            if (quartiers.Find(quartierId) is { } current)
            {
                quartiers.Upsert(current with { ModeratorIds = current.ModeratorIds.Where(m => m != residentId).ToList() });
            }
        });
    }

    private async Task LeaveGroupsAsync(long residentId, string quartierId, CancellationToken cancellationToken)
    {
        foreach (var group in quartiers.Find(quartierId)?.GroupChatIds ?? [])
        {
            try
            {
                await groups.RemoveMemberAsync(group, residentId, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not a member, or the bot lacks the right: the move itself stands, and the group's admins can act.
                logger.LogWarning(e, "Could not remove resident {ResidentId} from group {ChatId} after a move", residentId, group);
            }
        }
    }

    private static bool IsLive(Listing listing) => listing.Status is ListingStatus.Open or ListingStatus.Reserved;
}

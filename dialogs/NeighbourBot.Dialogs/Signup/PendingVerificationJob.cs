using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Storage;
using NeighbourBot.Core.Verification;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>
/// Background retry of addresses typed while the geocoder was down. When the lookup answers, what it found
/// is kept with the pending entry and the question (with its buttons) goes to the resident through the
/// outbox; the signup flow's pending step takes the answer, so the resident never starts over.
/// </summary>
public sealed class PendingVerificationJob(
    IPendingAddressStore pending,
    IAddressLookup lookup,
    IOutboxStore outbox,
    IOutOfAreaDemandStore demand,
    IUnitOfWorkFactory unitOfWorkFactory,
    TimeProvider timeProvider,
    ILogger<PendingVerificationJob> logger)
{
    public const int BatchSize = 50;

    public const string Lead = "Bonne nouvelle : le service d'adresses répond de nouveau.";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    /// <summary>Looks up every due pending address once; returns how many were resolved.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var resolved = 0;
        foreach (var entry in pending.Due(timeProvider.GetUtcNow(), BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await lookup.LookupAsync(entry.TypedText, cancellationToken);
            var now = timeProvider.GetUtcNow();
            var unitOfWork = unitOfWorkFactory.Begin();
            using (UnitOfWorkScope.Begin(unitOfWork))
            {
                if (result.Outcome == AddressLookupOutcome.Unavailable)
                {
                    var attempts = entry.Attempts + 1;
                    var wait = TimeSpan.FromMinutes(Math.Min(MaxBackoff.TotalMinutes, Math.Pow(2, Math.Min(attempts, 10))));
                    var retry = entry with { Attempts = attempts, NextAttemptAt = now + wait };
                    unitOfWork.Stage(() => pending.Upsert(retry));
                    unitOfWork.Commit();
                    logger.LogInformation("Geocoder still unavailable; pending addresses wait for the next run");

                    // The geocoder is down for everyone: trying the others now would only fail the same way.
                    break;
                }

                var state = result.Outcome switch
                {
                    AddressLookupOutcome.Confirm when result.Candidates.Count > 0 => PendingAddressState.Confirm,
                    AddressLookupOutcome.Choose when result.Candidates.Count > 0 => PendingAddressState.Choose,
                    AddressLookupOutcome.NeedHouseNumber when result.Candidates.Count > 0 => PendingAddressState.NeedHouseNumber,
                    _ => PendingAddressState.Retype,
                };
                if (result.Outcome == AddressLookupOutcome.OutOfArea && !string.IsNullOrEmpty(result.OutOfAreaCityCode))
                {
                    var code = result.OutOfAreaCityCode;
                    var name = result.OutOfAreaCityName ?? "";
                    unitOfWork.Stage(() => demand.Record(code, name, now));
                }

                var updated = entry with
                {
                    State = state,
                    Proposals = result.Candidates.Take(SignupMessages.MaxCandidates).Select(c => c.Address).ToList(),
                    Attempts = entry.Attempts + 1,
                    NextAttemptAt = now,
                };
                var message = SignupFlow.PendingMessage(updated, Lead).ToOutbox(entry.ChatId, now, $"pending-address:{entry.ResidentId}");
                unitOfWork.Stage(() =>
                {
                    // The resident may have typed another address (or cancelled) while the lookup ran.
                    if (pending.Find(entry.ResidentId) is { State: PendingAddressState.Waiting })
                    {
                        pending.Upsert(updated);
                        outbox.Enqueue(message);
                    }
                });
                unitOfWork.Commit();
                resolved++;
                logger.LogInformation("Pending address of resident {ResidentId} looked up: {State}", entry.ResidentId, state);
            }
        }

        return resolved;
    }
}

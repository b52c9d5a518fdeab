using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Moderation;

/// <summary>
/// The moderation desk as the other features see it: who decides for a quartier (its moderators, else the
/// operators; never the author), the card a moderator reads with its Masquer / Garder / Bloquer l'auteur buttons,
/// the audit log, and the hold of a listing with scam signals before broadcast. Methods without "Async" write
/// directly: call them inside a unit of work.
/// </summary>
public sealed class ModerationDesk(
    IModerationStore store,
    IModerationAuditLog audit,
    IListingStore listings,
    IQuartierStore quartiers,
    IResidentStore residents,
    IOutboxStore outbox,
    QuartierNames quartierNames,
    IOptions<BotOptions> botOptions,
    ILogger<ModerationDesk> logger)
{
    /// <summary>Correlation of the moderators' notifications (not "listing:", which marks group broadcasts).</summary>
    public const string CorrelationPrefix = "moderation:";

    /// <summary>How much of a listing's text a moderator's card shows.</summary>
    public const int MaxTextShown = 600;

    public bool IsAuthorBlocked(long residentId) => store.IsAuthorBlocked(residentId);

    /// <summary>The quartier's moderators, or the operators when it has none; never the author of the listing.</summary>
    public IReadOnlyList<long> DecidersOf(string quartierId, long authorId)
    {
        var moderators = (quartiers.Find(quartierId)?.ModeratorIds ?? []).Where(id => id != authorId).Distinct().ToList();
        return moderators.Count > 0 ? moderators : botOptions.Value.Operators.Where(id => id != authorId).Distinct().ToList();
    }

    /// <summary>The quartier's moderators and the operators may decide; nobody decides about their own listing.</summary>
    public bool MayDecide(ModerationCase moderationCase, long userId)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        return userId != moderationCase.AuthorId
            && (botOptions.Value.IsOperator(userId) || quartiers.Find(moderationCase.QuartierId)?.ModeratorIds.Contains(userId) == true);
    }

    /// <summary>Holds a just-saved listing (status Hidden, never broadcast) for a moderator: the case, the audit line, the notifications.</summary>
    public ModerationCase Hold(Listing saved, IReadOnlyList<string> signals, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(signals);
        var held = store.Save(new ModerationCase
        {
            ListingId = saved.Id,
            QuartierId = saved.QuartierId,
            AuthorId = saved.AuthorId,
            Origin = ModerationOrigin.ScamSignals,
            ScamSignals = [.. signals],
            StatusBefore = ListingStatus.Open,
            HiddenAt = now,
            CreatedAt = now,
        });
        Record(held, actorId: 0, ModerationAction.HeldBeforeBroadcast, now);
        Notify(held, saved, now);
        return held;
    }

    /// <summary>
    /// A published listing, just saved hidden with an edited text holding scam signals, waits for a moderator; a case
    /// already open on it (reports) takes the signals, else a new one opens. Garder restores <paramref name="statusBefore"/>.
    /// </summary>
    public void HoldEdited(long listingId, ListingStatus statusBefore, IReadOnlyList<string> signals, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (listings.Find(listingId) is not { } listing)
        {
            return;
        }

        var held = store.Save(store.PendingForListing(listingId) is { } existing
            ? existing with { ScamSignals = [.. signals], HiddenAt = existing.HiddenAt ?? now }
            : new ModerationCase
            {
                ListingId = listing.Id,
                QuartierId = listing.QuartierId,
                AuthorId = listing.AuthorId,
                Origin = ModerationOrigin.EditedWithScamSignals,
                ScamSignals = [.. signals],
                StatusBefore = statusBefore,
                HiddenAt = now,
                CreatedAt = now,
            });
        Record(held, actorId: 0, ModerationAction.AutoHidden, now);
        Notify(held, listing, now);
    }

    /// <summary>Sends the case's card to everyone who may decide, through the outbox.</summary>
    public void Notify(ModerationCase moderationCase, Listing listing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        ArgumentNullException.ThrowIfNull(listing);
        var deciders = DecidersOf(moderationCase.QuartierId, moderationCase.AuthorId);
        if (deciders.Count == 0)
        {
            logger.LogWarning("No moderator nor operator to decide about listing {ListingId} in quartier {QuartierId}", listing.Id, listing.QuartierId);
            return;
        }

        var card = Card(moderationCase, listing);
        foreach (var id in deciders)
        {
            // On Telegram a person's private chat id is their user id.
            var chatId = residents.Find(id) is { PrivateChatId: not 0 } resident ? resident.PrivateChatId : id;
            outbox.Enqueue(card.ToOutbox(chatId, now, CorrelationPrefix + moderationCase.Id.ToString(CultureInfo.InvariantCulture)));
        }

        logger.LogInformation("Moderation case {CaseId} (listing {ListingId}) sent to {Count} moderator(s)", moderationCase.Id, listing.Id, deciders.Count);
    }

    /// <summary>What a moderator reads about a case, with the three decision buttons (plain text: the adapter escapes it).</summary>
    public BotMessage Card(ModerationCase moderationCase, Listing listing)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        ArgumentNullException.ThrowIfNull(listing);
        var quartier = quartierNames.Of(moderationCase.QuartierId);
        var author = residents.Find(listing.AuthorId)?.FirstName is { Length: > 0 } name ? name : "un habitant";
        var lines = new List<string>
        {
            moderationCase.Origin == ModerationOrigin.ScamSignals
                ? $"⏸️ Annonce retenue avant publication — quartier {quartier}"
                : moderationCase.Origin == ModerationOrigin.EditedWithScamSignals
                    ? $"⏸️ Annonce modifiée, masquée en attendant votre relecture — quartier {quartier}"
                : moderationCase.HiddenAt is not null
                    ? $"🚩 Annonce masquée après {moderationCase.Reports.Count} signalements — quartier {quartier}"
                    : $"🚩 Annonce signalée — quartier {quartier}",
            $"{ListingText.FrenchLabel(listing.Kind)} : {listing.Title}, par {author}",
            $"« {ListingText.Cut(listing.BroadcastText.Trim(), MaxTextShown)} »",
        };
        if (moderationCase.ScamSignals.Count > 0)
        {
            lines.Add($"Signes d'arnaque : {string.Join(", ", moderationCase.ScamSignals.Select(ModerationMessages.SignalLabel))}.");
        }

        if (moderationCase.Origin != ModerationOrigin.Reports)
        {
            lines.Add(moderationCase.Origin == ModerationOrigin.ScamSignals
                ? "Elle ne paraîtra dans le groupe que si vous la gardez."
                : "Elle est masquée dans le groupe jusqu'à votre décision.");
        }
        else
        {
            lines.Add($"Signalements : {moderationCase.Reports.Count} ({Reasons(moderationCase)}).");
            lines.Add(moderationCase.HiddenAt is not null
                ? "Elle est masquée dans le groupe jusqu'à votre décision."
                : "Elle est toujours visible dans le groupe.");
        }

        return new BotMessage(string.Join("\n", lines),
        [
            new Button(ModerationMessages.HideButton, ModerationPayload.Decision(ModerationDecision.Hide, moderationCase.Id)),
            new Button(ModerationMessages.KeepButton, ModerationPayload.Decision(ModerationDecision.Keep, moderationCase.Id)),
            new Button(ModerationMessages.BlockButton, ModerationPayload.Decision(ModerationDecision.BlockAuthor, moderationCase.Id)),
        ]);
    }

    /// <summary>Appends one line to the audit log: who (0 for the bot), what, when, and why.</summary>
    public void Record(ModerationCase moderationCase, long actorId, ModerationAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        audit.Append(new ModerationAuditEntry
        {
            CaseId = moderationCase.Id,
            ListingId = moderationCase.ListingId,
            QuartierId = moderationCase.QuartierId,
            ActorId = actorId,
            Action = action,
            Reason = ReasonOf(moderationCase),
            At = now,
        });
    }

    /// <summary>Why the listing is in the queue, in French: the reporters' reasons or the scam signals.</summary>
    public static string ReasonOf(ModerationCase moderationCase)
    {
        ArgumentNullException.ThrowIfNull(moderationCase);
        var signals = moderationCase.ScamSignals.Count == 0
            ? null
            : "Signes d'arnaque : " + string.Join(", ", moderationCase.ScamSignals.Select(ModerationMessages.SignalLabel));
        var reports = moderationCase.Reports.Count == 0 ? null : $"{moderationCase.Reports.Count} signalement(s) : {Reasons(moderationCase)}";
        return string.Join(" ; ", new[] { reports, signals }.OfType<string>());
    }

    private static string Reasons(ModerationCase moderationCase) =>
        string.Join(", ", moderationCase.Reports
            .GroupBy(r => r.Reason)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Count() == 1 ? ModerationMessages.ReasonLabel(g.Key).ToLowerInvariant() : $"{ModerationMessages.ReasonLabel(g.Key).ToLowerInvariant()} ×{g.Count()}"));
}

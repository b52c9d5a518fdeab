using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Alerts;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Account;

/// <summary>/mesdonnees (everything held about the resident, as JSON) and /supprimer (erase it all, after a confirmation).</summary>
public sealed class AccountService(
    IResidentStore residents,
    IListingStore listings,
    IRelayStore relays,
    IAlertStore alerts,
    IInviteCodeStore invites,
    IPendingAddressStore pendingAddresses,
    IModeratorVerificationStore verificationRequests,
    IOutboxStore outbox,
    IQuartierStore quartiers,
    IModerationStore moderation,
    IDigestStore digests,
    ListingBroadcaster broadcaster,
    QuartierNames quartierNames,
    ConversationState conversationState,
    IRetentionStore retention,
    RetentionJobs retentionJobs,
    TimeProvider timeProvider,
    ILogger<AccountService> logger)
{
    public const string Prefix = "ac:";
    public const string ConfirmErase = "ac:del:yes";
    public const string KeepEverything = "ac:del:no";

    /// <summary>Telegram refuses longer texts.</summary>
    public const int MaxMessage = 4096;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // The resident reads it: accents as they are, not \u00E9. It travels as a file, so nothing is interpreted as HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task ExportAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var resident = residents.Find(userId);
        if (resident is null)
        {
            await turnContext.SayAsync(AccountMessages.NothingHeld, cancellationToken);
            return;
        }

        logger.LogInformation("Resident {UserId} asked for their data", userId);
        var json = JsonSerializer.Serialize(Document(resident), Json);
        var file = new Attachment { ContentType = ChannelConventions.JsonFileContentType, Name = AccountMessages.ExportFileName, Content = json };
        await turnContext.SendActivityAsync(MessageFactory.Attachment(file, AccountMessages.ExportIntro), cancellationToken);
    }

    public async Task AskEraseAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (residents.Find(userId) is null)
        {
            await turnContext.SayAsync(AccountMessages.NothingHeld, cancellationToken);
            return;
        }

        var question = new BotMessage(AccountMessages.EraseQuestion,
            [new Button(AccountMessages.EraseYes, ConfirmErase), new Button(AccountMessages.EraseNo, KeepEverything)]);
        await turnContext.SendActivityAsync(question.ToActivity(), cancellationToken);
    }

    /// <summary>Answers the confirmation buttons; false when the payload is not one of them.</summary>
    public async Task<bool> HandleButtonAsync(ITurnContext turnContext, long userId, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (payload)
        {
            case KeepEverything:
                await turnContext.SayAsync(AccountMessages.EraseCancelled, cancellationToken);
                return true;
            case ConfirmErase when residents.Find(userId) is { } resident:
                Erase(turnContext, resident);
                // Drafts and half-typed flows hold what the resident wrote: they go too.
                await conversationState.DeleteAsync(turnContext, cancellationToken);
                logger.LogInformation("Resident {UserId} erased their account", userId);
                await turnContext.SayAsync(AccountMessages.Erased, cancellationToken);
                return true;
            case ConfirmErase:
                await turnContext.SayAsync(AccountMessages.NothingHeld, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private void Erase(ITurnContext turnContext, Resident resident)
    {
        var now = timeProvider.GetUtcNow();
        var id = resident.Id;

        // Staged first, so the notices and edits below are kept: every message still in the outbox that holds
        // the leaver's words or name goes (to them, about their listings, in their relays, to their moderators).
        var correlations = listings.ByAuthor(id).SelectMany(l => ListingCorrelations(l.Id))
            .Concat(retention.RelayIdsOf(id).Select(RelayCorrelation.Of))
            .Concat(verificationRequests.PendingFor(id) is { } asked ? [$"verification:{asked.Id}"] : [])
            .ToList();
        var chatId = resident.PrivateChatId != 0 ? resident.PrivateChatId : id;
        turnContext.Stage(() => retention.ForgetOutbox(chatId, correlations));

        foreach (var relay in relays.OpenFor(id))
        {
            var partner = residents.Find(relay.PartnerOf(id));

            // The leaver's own listing title is theirs: the partner is told without it.
            var title = relay.PosterId == id ? null : listings.Find(relay.ListingId)?.Title;
            turnContext.Stage(() =>
            {
                if (relays.Find(relay.Id) is { Status: RelayStatus.Open } current)
                {
                    relays.Save(current with { Status = RelayStatus.Closed, ClosedAt = now });
                }
            });
            if (partner is not null)
            {
                var row = new BotMessage(AccountMessages.PartnerLeft(title))
                    .ToOutbox(partner.PrivateChatId != 0 ? partner.PrivateChatId : partner.Id, now, RelayCorrelation.Of(relay.Id));
                turnContext.Stage(() => outbox.Enqueue(row));
            }
        }

        foreach (var listing in listings.ByAuthor(id))
        {
            var wasLive = listing.Status is ListingStatus.Open or ListingStatus.Reserved;
            turnContext.Stage(() =>
            {
                // Read again at commit: the delivery observer may have recorded a group message since the turn began.
                var current = listings.Find(listing.Id) ?? listing;
                var anonymised = Anonymise(current, wasLive, now);
                listings.Save(anonymised);
                if (wasLive)
                {
                    foreach (var edit in broadcaster.Edits(anonymised, AccountMessages.AnonymousPoster, now))
                    {
                        outbox.Enqueue(edit);
                    }
                }
            });
        }

        foreach (var listing in listings.ReservedFor(id).Where(l => l.AuthorId != id))
        {
            Release(turnContext, listing, now);
        }

        foreach (var alert in alerts.ByResident(id))
        {
            turnContext.Stage(() => alerts.Delete(alert.Id));
        }

        foreach (var moderationCase in moderation.Involving(id))
        {
            // Their reports go (a pending case counts the reporters still here); cases about their listings keep
            // the decision but no longer name them. A block stays: erasing an account must not lift it.
            turnContext.Stage(() =>
            {
                var current = moderation.Find(moderationCase.Id) ?? moderationCase;
                moderation.Save(current with
                {
                    Reports = [.. current.Reports.Where(r => r.ReporterId != id)],
                    AuthorId = current.AuthorId == id ? 0 : current.AuthorId,
                });
            });
        }

        foreach (var invite in invites.IssuedBy(id))
        {
            // No Delete on the store: an unused code expires now, and none keeps the issuer's id.
            var invalidated = invite with { IssuedBy = 0, ExpiresAt = invite.UsedBy is null ? now : invite.ExpiresAt };
            turnContext.Stage(() => invites.Upsert(invalidated));
        }

        if (verificationRequests.PendingFor(id) is { } request)
        {
            turnContext.Stage(() => verificationRequests.Upsert(request with { Status = ModeratorVerificationStatus.Refused, DecidedAt = now }));
        }

        foreach (var quartier in quartiers.All().Where(q => q.ModeratorIds.Contains(id)))
        {
            turnContext.Stage(() =>
            {
                if (quartiers.Find(quartier.Id) is { } current)
                {
                    quartiers.Upsert(current with { ModeratorIds = current.ModeratorIds.Where(m => m != id).ToList() });
                }
            });
        }

        turnContext.Stage(() =>
        {
            pendingAddresses.Remove(id);
            digests.Delete(chatId);
            residents.Delete(id);

            // The database log still holds the pages as they were before this commit.
            retentionJobs.RequestCheckpoint();
        });
    }

    private static IEnumerable<string> ListingCorrelations(long listingId)
    {
        var id = listingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [ListingBroadcaster.CorrelationPrefix + id, ListingBroadcaster.EditCorrelationPrefix + id, AlertMatcher.CorrelationPrefix + id,
            ListingPublisher.OwnerCorrelationPrefix + id, CommunityJobs.CorrelationPrefix + id];
    }

    /// <summary>A neighbour's listing reserved for (or given to) the leaver no longer names them; a reservation reopens the listing.</summary>
    private void Release(ITurnContext turnContext, Listing listing, DateTimeOffset now)
    {
        var author = residents.Find(listing.AuthorId);
        var reopened = listing.Status == ListingStatus.Reserved;
        turnContext.Stage(() =>
        {
            var current = listings.Find(listing.Id) ?? listing;
            var released = current with
            {
                ReservedFor = null,
                Status = current.Status == ListingStatus.Reserved ? ListingStatus.Open : current.Status,
                UpdatedAt = now,
            };
            listings.Save(released);
            if (current.Status == ListingStatus.Reserved)
            {
                foreach (var edit in broadcaster.Edits(released, author?.FirstName ?? "", now))
                {
                    outbox.Enqueue(edit);
                }
            }
        });
        if (reopened && author is not null)
        {
            var row = new BotMessage(AccountMessages.Reopened(listing.Title)).ToOutbox(author.PrivateChatId != 0 ? author.PrivateChatId : author.Id, now);
            turnContext.Stage(() => outbox.Enqueue(row));
        }
    }

    private static Listing Anonymise(Listing listing, bool wasLive, DateTimeOffset now) => listing with
    {
        Status = wasLive ? ListingStatus.Withdrawn : listing.Status,
        Title = AccountMessages.AnonymisedText,
        Text = AccountMessages.AnonymisedText,
        MaskedText = AccountMessages.AnonymisedText,
        Items = [],
        When = null,
        PhotoIds = [],
        ReservedFor = null,
        UpdatedAt = now,
    };

    private object Document(Resident resident)
    {
        var id = resident.Id;
        var myRelays = relays.OpenFor(id);
        var pending = pendingAddresses.Find(id);
        var request = verificationRequests.PendingFor(id);
        return new
        {
            habitant = new
            {
                identifiant = id,
                prenom = resident.FirstName,
                nom = resident.LastName,
                adresse = resident.Address is { } a
                    ? new { libelle = a.Label, tapee = a.TypedText, rue = a.Street, numero = a.HouseNumber, codePostal = a.PostCode, ville = a.City }
                    : null,
                quartier = quartierNames.Of(resident.QuartierId),
                verification = resident.Verification switch
                {
                    VerificationLevel.Verified => "vérifié (peut publier)",
                    VerificationLevel.Address => "adresse vérifiée",
                    VerificationLevel.Pending => "en attente",
                    _ => "aucune",
                },
                methodeVerification = resident.VerificationMethod switch
                {
                    VerificationMethod.Location => "position partagée",
                    VerificationMethod.Vouch => "code de parrainage",
                    VerificationMethod.Moderator => "modérateur",
                    _ => "aucune",
                },
                resume = new
                {
                    frequence = Digests.DigestMessages.FrequencyLabel(resident.Digest.Frequency),
                    heure = resident.Digest.Hour,
                    jour = System.Globalization.CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.GetDayName(resident.Digest.Day),
                    types = resident.Digest.Kinds.Select(ListingText.FrenchLabel),
                    categories = resident.Digest.Categories.Select(ListingVocabulary.FrenchLabel),
                    prochainLe = digests.Find(resident.PrivateChatId != 0 ? resident.PrivateChatId : id)?.NextDueAt,
                },
                inscritLe = resident.CreatedAt,
            },
            annonces = listings.ByAuthor(id).Select(l => new
            {
                numero = l.Id,
                type = ListingText.FrenchLabel(l.Kind),
                titre = l.Title,
                texte = l.Text,
                statut = l.Status switch
                {
                    ListingStatus.Open => "en ligne",
                    ListingStatus.Reserved => "réservée",
                    ListingStatus.Given => "donnée",
                    ListingStatus.Withdrawn => "retirée",
                    ListingStatus.Expired => "expirée",
                    ListingStatus.Hidden => "masquée",
                    _ => "brouillon",
                },
                quand = l.When,
                prix = l.PriceEur,
                photos = l.PhotoIds.Count,
                publieeLe = l.PublishedAt,
                expireLe = l.ExpiresAt,
            }),
            alertes = alerts.ByResident(id).Select(a => new { mots = a.Query, creeeLe = a.CreatedAt }),
            codesDeParrainage = invites.IssuedBy(id).Select(i => new { code = i.Code, expireLe = i.ExpiresAt, utilise = i.UsedBy is not null }),
            conversations = myRelays.Select(r => new
            {
                annonce = listings.Find(r.ListingId)?.Title ?? "",
                avec = residents.Find(r.PartnerOf(id))?.FirstName ?? "",
                ouverteLe = r.OpenedAt,
            }),
            adresseEnAttente = pending is null ? null : new { tapee = pending.TypedText, depuis = pending.CreatedAt },
            moderateurDe = quartiers.All().Where(q => q.ModeratorIds.Contains(id)).Select(q => q.Name),
            demandeAuModerateur = request is null ? null : new { depuis = request.CreatedAt },
            moderation = Moderation(id),
        };
    }

    private object Moderation(long id)
    {
        var cases = moderation.Involving(id);
        return new
        {
            mesSignalements = cases.SelectMany(c => c.Reports.Where(r => r.ReporterId == id).Select(r => new
            {
                annonce = c.ListingId,
                raison = ModerationMessages.ReasonLabel(r.Reason),
                le = r.At,
            })),
            surMesAnnonces = cases.Where(c => c.AuthorId == id).Select(c => new
            {
                annonce = c.ListingId,
                signalements = c.Reports.Count,
                decision = c.Decision switch
                {
                    ModerationDecision.Hide => "masquée",
                    ModerationDecision.Keep => "gardée",
                    ModerationDecision.BlockAuthor => "masquée, auteur bloqué",
                    _ => "en attente",
                },
                decideeLe = c.DecidedAt,
            }),
            publicationBloquee = moderation.IsAuthorBlocked(id),
        };
    }

    /// <summary>Cuts on line ends so that each part fits one message.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var piece = line;
            while (piece.Length > max)
            {
                Flush(parts, current);
                parts.Add(piece[..max]);
                piece = piece[max..];
            }

            if (current.Length + piece.Length + 1 > max)
            {
                Flush(parts, current);
            }

            current.Append(current.Length > 0 ? "\n" : "").Append(piece);
        }

        Flush(parts, current);
        return parts.Count > 0 ? parts : [""];
    }

    private static void Flush(List<string> parts, StringBuilder current)
    {
        if (current.Length > 0)
        {
            parts.Add(current.ToString());
            current.Clear();
        }
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Relays;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>
/// The poster's changes to a published listing (reserve, cancel the reservation, mark given, withdraw): each one is
/// checked against who pressed, edits the group messages in place and tells the neighbour concerned.
/// </summary>
public sealed class ListingManager(
    IListingStore listings,
    IResidentStore residents,
    IRelayStore relays,
    IOutboxStore outbox,
    ListingBroadcaster broadcaster,
    TimeProvider timeProvider,
    ILogger<ListingManager> logger)
{
    public const string NotFound = "Je ne trouve pas cette annonce. Tapez /mesannonces pour voir les vôtres.";
    public const string NotYours = "Seul l'auteur de cette annonce peut la modifier.";
    public const string Withdrawn = "C'est fait : votre annonce est retirée du groupe.";
    public const string Unreserved = "C'est fait : la réservation est annulée, votre annonce est de nouveau disponible.";

    /// <summary>What the poster reads once the listing is open again (<see cref="Unreserved"/> for an offer).</summary>
    public static string UnreservedFor(ListingKind kind) => kind switch
    {
        _ when ListingText.IsRequest(kind) => "C'est fait : votre annonce est de nouveau ouverte aux voisins qui peuvent vous aider.",
        ListingKind.Found => "C'est fait : votre annonce attend de nouveau son propriétaire.",
        _ => Unreserved,
    };
    public const string NoListings = "Vous n'avez pas d'annonce en ligne. Pour en publier une, écrivez-moi ce que vous proposez ou cherchez.";

    public static string Closed(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Status switch
        {
            ListingStatus.Given => $"Cette annonce est déjà marquée « {ListingText.DoneLabel(listing.Kind)} » : il n'y a plus rien à faire. Merci !",
            ListingStatus.Withdrawn => "Cette annonce est déjà retirée : il n'y a plus rien à faire.",
            ListingStatus.Expired => "Cette annonce a expiré : il n'y a plus rien à faire.",
            ListingStatus.Hidden => "Cette annonce est masquée par la modération du quartier.",
            _ => "Ce bouton n'est plus d'actualité.",
        };
    }

    /// <summary>The poster's buttons for a listing in its current status.</summary>
    public static IReadOnlyList<Button> ManageButtons(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var done = new Button("✅ " + ListingText.DoneLabel(listing.Kind), ListingPayload.Of(ListingPayload.Given, listing.Id));
        var withdraw = new Button("Retirer l'annonce", ListingPayload.Of(ListingPayload.Withdraw, listing.Id));
        return listing.Status switch
        {
            ListingStatus.Open => [new Button("✏️ Modifier", ListingPayload.Of(ListingPayload.Edit, listing.Id)), done, withdraw],
            ListingStatus.Reserved => [new Button(ListingText.UnreserveLabel(listing.Kind), ListingPayload.Of(ListingPayload.Unreserve, listing.Id)), done, withdraw],
            _ => [],
        };
    }

    /// <summary>/mesannonces: each open or reserved listing with its buttons.</summary>
    public async Task ListAsync(ITurnContext turnContext, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var mine = listings.ByAuthor(userId).Where(l => l.Status is ListingStatus.Open or ListingStatus.Reserved).OrderBy(l => l.Id).ToList();
        if (mine.Count == 0)
        {
            await turnContext.SayAsync(NoListings, cancellationToken);
            return;
        }

        foreach (var listing in mine.Take(10))
        {
            await turnContext.SendActivityAsync(new BotMessage(Describe(listing), ManageButtons(listing)).ToActivity(), cancellationToken);
        }
    }

    /// <summary>A "li:unr|don|wd:{id}" press in private; false when the action is not one of these (the caller goes on).</summary>
    public async Task<bool> HandleAsync(ITurnContext turnContext, long userId, string action, long listingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (action is not (ListingPayload.Unreserve or ListingPayload.Given or ListingPayload.Withdraw))
        {
            return false;
        }

        if (await OwnedAsync(turnContext, userId, listingId, cancellationToken) is not { } listing)
        {
            return true;
        }

        var now = timeProvider.GetUtcNow();
        switch (action)
        {
            case ListingPayload.Unreserve when listing.Status == ListingStatus.Reserved:
                Apply(turnContext, listing with { Status = ListingStatus.Open, ReservedFor = null, UpdatedAt = now });
                Tell(turnContext, listing, listing.ReservedFor, RelayMessages.ReservationCancelled(PosterName(listing), listing.Title, listing.Kind));
                await SayWithButtonsAsync(turnContext, UnreservedFor(listing.Kind), listing with { Status = ListingStatus.Open }, cancellationToken);
                return true;
            case ListingPayload.Given when listing.Status is ListingStatus.Open or ListingStatus.Reserved:
                var given = listing with { Status = ListingStatus.Given, UpdatedAt = now };
                Apply(turnContext, given);
                Tell(turnContext, listing, listing.ReservedFor, RelayMessages.MarkedGiven(PosterName(listing), listing.Title, ListingText.DoneLabel(listing.Kind)));
                TellOthers(turnContext, listing);
                logger.LogInformation("Listing {ListingId} marked given by its author", listing.Id);
                await turnContext.SayAsync($"C'est noté : « {listing.Title} » est marqué « {ListingText.DoneLabel(listing.Kind)} » dans le groupe. Merci pour l'entraide !", cancellationToken);
                return true;
            case ListingPayload.Withdraw when listing.Status is ListingStatus.Open or ListingStatus.Reserved:
                Withdraw(turnContext, listing);
                logger.LogInformation("Listing {ListingId} withdrawn by its author", listing.Id);
                await turnContext.SayAsync(Withdrawn, cancellationToken);
                return true;
            case ListingPayload.Unreserve when listing.Status == ListingStatus.Open:
                await turnContext.SayAsync("Cette annonce n'est pas réservée : il n'y a rien à annuler.", cancellationToken);
                return true;
            default:
                await turnContext.SayAsync(Closed(listing), cancellationToken);
                return true;
        }
    }

    /// <summary>The poster reserves the listing for the neighbour of a relay ("Réserver pour …").</summary>
    public async Task ReserveAsync(ITurnContext turnContext, Listing listing, Relay relay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(relay);
        var neighbourName = residents.Find(relay.NeighbourId)?.FirstName ?? "votre voisin";
        if (listing.Status == ListingStatus.Reserved)
        {
            var text = listing.ReservedFor == relay.NeighbourId
                ? RelayMessages.AlreadyHeldFor(neighbourName, listing.Title, listing.Kind)
                : "Cette annonce est déjà réservée pour quelqu'un d'autre. Annulez d'abord cette réservation si vous voulez changer.";
            await SayWithButtonsAsync(turnContext, text, listing, cancellationToken);
            return;
        }

        if (listing.Status != ListingStatus.Open)
        {
            await turnContext.SayAsync(Closed(listing), cancellationToken);
            return;
        }

        var reserved = listing with { Status = ListingStatus.Reserved, ReservedFor = relay.NeighbourId, UpdatedAt = timeProvider.GetUtcNow() };
        Apply(turnContext, reserved);
        Tell(turnContext, listing, relay.NeighbourId, RelayMessages.Reserved(PosterName(listing), listing.Title, listing.Kind));
        logger.LogInformation("Listing {ListingId} reserved through relay {RelayId}", listing.Id, relay.Id);
        await SayWithButtonsAsync(turnContext, RelayMessages.ReservedConfirmed(neighbourName, listing.Title, listing.Kind), reserved, cancellationToken);
    }

    /// <summary>Withdraws an open or reserved listing: the group messages edited in place, the neighbours talking about it told.</summary>
    public void Withdraw(ITurnContext turnContext, Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        Apply(turnContext, listing with { Status = ListingStatus.Withdrawn, UpdatedAt = timeProvider.GetUtcNow() });
        Tell(turnContext, listing, listing.ReservedFor, RelayMessages.ListingWithdrawn(PosterName(listing), listing.Title));
        TellOthers(turnContext, listing);
    }

    /// <summary>Saves the changed listing and edits its group messages, in the turn's unit of work.</summary>
    public void Apply(ITurnContext turnContext, Listing changed)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(changed);
        var posterName = PosterName(changed);
        turnContext.Stage(() =>
        {
            // Read again at commit: the delivery observer may have recorded a group message since the turn began.
            var current = listings.Find(changed.Id);
            var merged = current is null ? changed : changed with { Broadcasts = current.Broadcasts };
            listings.Save(merged);
            foreach (var edit in broadcaster.Edits(merged, posterName, merged.UpdatedAt))
            {
                outbox.Enqueue(edit);
            }
        });
    }

    /// <summary>The listing when <paramref name="userId"/> wrote it; otherwise says why not and returns null.</summary>
    public async Task<Listing?> OwnedAsync(ITurnContext turnContext, long userId, long listingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var listing = listings.Find(listingId);
        if (listing is null || listing.Status == ListingStatus.Draft)
        {
            logger.LogWarning("Button of resident {UserId} names unknown listing {ListingId}", userId, listingId);
            await turnContext.SayAsync(NotFound, cancellationToken);
            return null;
        }

        if (listing.AuthorId != userId)
        {
            logger.LogWarning("Resident {UserId} pressed a button of listing {ListingId}, which is not theirs", userId, listingId);
            await turnContext.SayAsync(NotYours, cancellationToken);
            return null;
        }

        return listing;
    }

    public static string Describe(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var status = listing.Status == ListingStatus.Reserved ? " (réservé)" : "";
        return $"{ListingText.FrenchLabel(listing.Kind)} : {listing.Title}{status}";
    }

    private string PosterName(Listing listing) => residents.Find(listing.AuthorId)?.FirstName ?? "";

    private static async Task SayWithButtonsAsync(ITurnContext turnContext, string text, Listing listing, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(new BotMessage(text, ManageButtons(listing)).ToActivity(), cancellationToken);

    /// <summary>Neighbours still talking about a listing that is gone (other than the one it was reserved for) learn it.</summary>
    private void TellOthers(ITurnContext turnContext, Listing listing)
    {
        foreach (var relay in relays.OfListing(listing.Id).Where(r => r.Status == RelayStatus.Open && r.NeighbourId != listing.ReservedFor))
        {
            Tell(turnContext, listing, relay.NeighbourId, RelayMessages.NotOpen(listing.Title));
        }
    }

    private void Tell(ITurnContext turnContext, Listing listing, long? neighbourId, string text)
    {
        if (neighbourId is not { } id || residents.Find(id) is not { } neighbour)
        {
            return;
        }

        var relay = relays.ForListingAndNeighbour(listing.Id, id);
        var row = new BotMessage(text).ToOutbox(neighbour.PrivateChatId != 0 ? neighbour.PrivateChatId : id, timeProvider.GetUtcNow(),
            relay is null ? null : RelayCorrelation.Of(relay.Id));
        turnContext.Stage(() => outbox.Enqueue(row));
    }
}

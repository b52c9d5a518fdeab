using System.Globalization;
using Microsoft.Bot.Builder;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>The poster changes a published listing's text, quantity or price; the group message is edited in place.</summary>
public sealed class ListingEditFlow(
    ConversationState conversationState,
    IListingStore listings,
    IListingParser parser,
    ListingManager manager,
    ModerationDesk moderation,
    TimeProvider timeProvider) : Flow<ListingEditDraft>(conversationState, FlowName)
{
    public const string FlowName = "listing-edit";
    public const string Prefix = "le:";
    public const string TextPayload = "le:f:text";
    public const string QuantityPayload = "le:f:qty";
    public const string PricePayload = "le:f:price";
    public const string BackPayload = "le:f:back";

    public const string AskNewText = "Écrivez le nouveau texte de votre annonce.";
    public const string AskQuantity = "Combien en proposez-vous ? Écrivez un nombre, par exemple 2.";
    public const string AskPrice = "Quel prix, en euros ? Écrivez un nombre, par exemple 15, ou « gratuit ».";
    public const string BadQuantity = "Écrivez la quantité en chiffres, entre 1 et 999, par exemple 2.";
    public const string BadPrice = "Écrivez le prix en euros, par exemple 15 ou 7,50, ou « gratuit ».";
    public const string Edited = "C'est modifié : le groupe voit la nouvelle version de votre annonce.";
    public const string Unchanged = "D'accord, je ne change rien.";

    private const string FieldStep = "field";
    private const string ValueStep = "value";

    protected override IReadOnlyList<FlowStep<ListingEditDraft>> DefineSteps() =>
    [
        new(FieldStep, PromptFieldAsync, AcceptFieldAsync),
        new(ValueStep, PromptValueAsync, AcceptValueAsync),
    ];

    protected override Task<string> BeginAsync(ITurnContext turnContext, ListingEditDraft draft, CancellationToken cancellationToken)
    {
        draft.ListingId = turnContext.TurnState.Get<ListingEditSeed>()?.ListingId ?? 0;
        return Task.FromResult(FieldStep);
    }

    private async Task PromptFieldAsync(ITurnContext turnContext, ListingEditDraft draft, CancellationToken cancellationToken)
    {
        var title = listings.Find(draft.ListingId)?.Title ?? "";
        await turnContext.SendActivityAsync(
            new BotMessage(
                $"Que voulez-vous modifier dans « {title} » ?",
                [
                    new Button("Le texte", TextPayload),
                    new Button("La quantité", QuantityPayload),
                    new Button("Le prix", PricePayload),
                    new Button("Rien, finalement", BackPayload),
                ]).ToActivity(),
            cancellationToken);
    }

    private static async Task<StepResult> AcceptFieldAsync(ITurnContext turnContext, ListingEditDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        draft.Field = input.Callback switch
        {
            TextPayload => "text",
            QuantityPayload => "qty",
            PricePayload => "price",
            _ => "",
        };
        if (input.Callback == BackPayload)
        {
            await turnContext.SayAsync(Unchanged, cancellationToken);
            return StepResult.Done;
        }

        return draft.Field.Length == 0 ? StepResult.Retry("Touchez l'un des boutons, s'il vous plaît.", repeatPrompt: true) : StepResult.Next;
    }

    private static Task PromptValueAsync(ITurnContext turnContext, ListingEditDraft draft, CancellationToken cancellationToken) =>
        turnContext.SayAsync(draft.Field switch
        {
            "qty" => AskQuantity,
            "price" => AskPrice,
            _ => AskNewText,
        }, cancellationToken);

    private async Task<StepResult> AcceptValueAsync(ITurnContext turnContext, ListingEditDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return StepResult.Retry(draft.Field switch { "qty" => BadQuantity, "price" => BadPrice, _ => AskNewText });
        }

        var userId = Inbound.UserId(turnContext.Activity) ?? 0;
        if (await manager.OwnedAsync(turnContext, userId, draft.ListingId, cancellationToken) is not { } listing)
        {
            return StepResult.Done;
        }

        if (listing.Status is not (ListingStatus.Open or ListingStatus.Reserved))
        {
            await turnContext.SayAsync(ListingManager.Closed(listing), cancellationToken);
            return StepResult.Done;
        }

        var now = timeProvider.GetUtcNow();
        Listing changed;
        var note = "";
        switch (draft.Field)
        {
            case "qty":
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity is < 1 or > 999)
                {
                    return StepResult.Retry(BadQuantity);
                }

                changed = listing with { Quantity = quantity, UpdatedAt = now };
                break;
            case "price":
                if (ReadPrice(text) is not { } price)
                {
                    return StepResult.Retry(BadPrice);
                }

                changed = listing with { PriceEur = price, UpdatedAt = now };
                break;
            default:
                var parse = parser.Parse(text);
                changed = listing with { Text = text, MaskedText = parse.MaskedText, KeepContacts = false, UpdatedAt = now };
                if (parse.ScamSignals.Count > 0)
                {
                    // The new text never reaches the group as is: hidden there until a moderator reads it (issue #8).
                    var signals = parse.ScamSignals.ToList();
                    manager.Apply(turnContext, changed with { Status = ListingStatus.Hidden });
                    turnContext.Stage(() => moderation.HoldEdited(listing.Id, listing.Status, signals, now));
                    await turnContext.SayAsync(ModerationMessages.EditHeldForReview, cancellationToken);
                    return StepResult.Done;
                }

                note = parse.HasContact ? "\nJ'ai masqué vos coordonnées : vos voisins vous répondront par moi." : "";
                break;
        }

        manager.Apply(turnContext, changed);
        await turnContext.SayAsync(Edited + note, cancellationToken);
        return StepResult.Done;
    }

    private static decimal? ReadPrice(string text)
    {
        var cleaned = text.ToLowerInvariant().Replace("€", "", StringComparison.Ordinal).Replace("euros", "", StringComparison.Ordinal)
            .Replace("euro", "", StringComparison.Ordinal).Replace(',', '.').Trim();
        if (cleaned is "gratuit" or "gratuite" or "0")
        {
            return 0;
        }

        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price) && price is >= 0 and <= 100_000
            ? decimal.Round(price, 2)
            : null;
    }
}

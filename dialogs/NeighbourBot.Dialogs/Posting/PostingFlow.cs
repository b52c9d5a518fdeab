using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>
/// From a message to a published listing: the preview (Publier / Modifier / Annuler, and "Garder mes coordonnées"
/// when details were masked), Modifier by buttons and one typed answer, and publishing.
/// </summary>
public sealed class PostingFlow(
    ConversationState conversationState,
    IListingParser parser,
    IResidentStore residents,
    ListingPublisher publisher) : Flow<PostingDraft>(conversationState, FlowName)
{
    public const string FlowName = "posting";
    public const string Prefix = "po:";

    public const string PublishPayload = "po:pub";
    public const string ModifyPayload = "po:mod";
    public const string CancelPayload = "po:no";
    public const string KeepPayload = "po:keep";
    public const string ChangeKindPayload = "po:m:kind";
    public const string ChangeCategoryPayload = "po:m:cat";
    public const string ChangeTitlePayload = "po:m:title";
    public const string BackPayload = "po:m:back";
    public const string KindPrefix = "po:k:";
    public const string CategoryPrefix = "po:c:";

    private const string AskTextStep = "text";
    private const string PreviewStep = "preview";
    private const string ModifyStep = "modify";
    private const string KindStep = "kind";
    private const string CategoryStep = "category";
    private const string TitleStep = "title";

    /// <summary>Hands what the resident sent to the next <see cref="Flow{TDraft}.StartAsync"/> of this flow.</summary>
    public static void Seed(ITurnContext turnContext, PostingSeed seed)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(seed);
    }

    /// <summary>The parse of a text that reads as a listing, or null (the caller gives help instead).</summary>
    public ListingParse? ParseListing(string text)
    {
        var parse = ScamAwareParsing.Parse(parser, text);
        return parse.Kind == ListingKind.None ? null : parse;
    }

    protected override IReadOnlyList<FlowStep<PostingDraft>> DefineSteps() =>
    [
        new(AskTextStep, (tc, _, ct) => tc.SayAsync(PostingMessages.AskText, ct), AcceptTextAsync),
        new(PreviewStep, PromptPreviewAsync, AcceptPreviewAsync),
        new(ModifyStep, PromptModifyAsync, AcceptModifyAsync),
        new(KindStep, PromptKindAsync, AcceptKindAsync),
        new(CategoryStep, PromptCategoryAsync, AcceptCategoryAsync),
        new(TitleStep, (tc, _, ct) => tc.SayAsync(PostingMessages.AskTitle, ct), AcceptTitleAsync),
    ];

    protected override Task<string> BeginAsync(ITurnContext turnContext, PostingDraft draft, CancellationToken cancellationToken)
    {
        var seed = turnContext.TurnState.Get<PostingSeed>();
        return Task.FromResult(seed is not null && Fill(draft, seed.Text, seed.PhotoId, seed.Parse) ? PreviewStep : AskTextStep);
    }

    private bool Fill(PostingDraft draft, string text, string? photoId, ListingParse? known = null)
    {
        var parse = known ?? ScamAwareParsing.Parse(parser, text);
        if (parse.Kind == ListingKind.None)
        {
            return false;
        }

        draft.Text = text;
        draft.MaskedText = parse.MaskedText;
        draft.HasContact = parse.HasContact;
        draft.KeepContacts = false;
        draft.Kind = parse.Kind;
        draft.Category = parse.Category;
        draft.Items = [.. parse.Items];
        draft.Title = TitleOf(parse);
        draft.Quantity = parse.Quantity;
        draft.PriceEur = parse.PriceEur;
        draft.When = parse.When;
        draft.WhenStart = parse.WhenStart;
        draft.PhotoId = photoId;
        draft.ScamSignals = [.. parse.ScamSignals];
        return true;
    }

    private static string TitleOf(ListingParse parse)
    {
        var title = ListingText.TitleOfItems(parse.Items);
        if (title.Length == 0)
        {
            var words = parse.MaskedText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8);
            title = string.Join(' ', words);
        }

        title = ListingText.Cut(title, ListingText.MaxTitle);
        return title.Length == 0 ? title : char.ToUpper(title[0], System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + title[1..];
    }

    private Task<StepResult> AcceptTextAsync(ITurnContext turnContext, PostingDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        var photo = turnContext.Activity is IMessageActivity message ? Photos.FileId(message) : null;
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Task.FromResult(StepResult.Retry(photo is null ? PostingMessages.AskText : PostingMessages.PhotoNeedsCaption));
        }

        return Task.FromResult(Fill(draft, input.Text.Trim(), photo)
            ? StepResult.GoTo(PreviewStep)
            : StepResult.Retry(PostingMessages.NotAListing));
    }

    private static async Task PromptPreviewAsync(ITurnContext turnContext, PostingDraft draft, CancellationToken cancellationToken)
    {
        var buttons = new List<Button>
        {
            new(PostingMessages.Publish, PublishPayload),
            new(PostingMessages.Modify, ModifyPayload),
            new(PostingMessages.Cancel, CancelPayload),
        };
        if (draft.HasContact && !draft.KeepContacts)
        {
            buttons.Add(new Button(PostingMessages.KeepContacts, KeepPayload));
        }

        await turnContext.SendActivityAsync(new BotMessage(ListingText.Preview(draft), buttons).ToActivity(), cancellationToken);
    }

    private async Task<StepResult> AcceptPreviewAsync(ITurnContext turnContext, PostingDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        switch (input.Callback)
        {
            case PublishPayload:
                var userId = Inbound.UserId(turnContext.Activity) ?? 0;
                return await publisher.PublishAsync(turnContext, residents.Find(userId), draft, cancellationToken);
            case ModifyPayload:
                return StepResult.GoTo(ModifyStep);
            case CancelPayload:
                await turnContext.SayAsync(PostingMessages.Cancelled, cancellationToken);
                return StepResult.Done;
            case KeepPayload:
                draft.KeepContacts = true;
                return StepResult.GoTo(PreviewStep, PostingMessages.ContactsKept);
            case null when !string.IsNullOrWhiteSpace(input.Text):
                // A resident who rewrites the message means a new version of it.
                var photo = turnContext.Activity is IMessageActivity message ? Photos.FileId(message) ?? draft.PhotoId : draft.PhotoId;
                return Fill(draft, input.Text.Trim(), photo)
                    ? StepResult.GoTo(PreviewStep)
                    : StepResult.Retry(PostingMessages.ChooseAButton);
            default:
                return StepResult.Retry(PostingMessages.ChooseAButton, repeatPrompt: true);
        }
    }

    private static async Task PromptModifyAsync(ITurnContext turnContext, PostingDraft draft, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(
            new BotMessage(PostingMessages.WhatToChange,
            [
                new Button(PostingMessages.ChangeKind, ChangeKindPayload),
                new Button(PostingMessages.ChangeCategory, ChangeCategoryPayload),
                new Button(PostingMessages.ChangeTitle, ChangeTitlePayload),
                new Button(PostingMessages.Back, BackPayload),
            ]).ToActivity(),
            cancellationToken);

    private static Task<StepResult> AcceptModifyAsync(ITurnContext turnContext, PostingDraft draft, FlowInput input, CancellationToken cancellationToken) =>
        Task.FromResult(input.Callback switch
        {
            ChangeKindPayload => StepResult.GoTo(KindStep),
            ChangeCategoryPayload => StepResult.GoTo(CategoryStep),
            ChangeTitlePayload => StepResult.GoTo(TitleStep),
            BackPayload => StepResult.GoTo(PreviewStep),
            _ => StepResult.Retry(PostingMessages.WhatToChange, repeatPrompt: true),
        });

    private static async Task PromptKindAsync(ITurnContext turnContext, PostingDraft draft, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(
            new BotMessage(PostingMessages.PickKind, Enum.GetValues<ListingKind>()
                .Where(k => k != ListingKind.None)
                .Select(k => new Button(ListingText.FrenchLabel(k), KindPrefix + ListingVocabulary.ToWire(k)))
                .ToList()).ToActivity(),
            cancellationToken);

    private static Task<StepResult> AcceptKindAsync(ITurnContext turnContext, PostingDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Callback is { } payload && payload.StartsWith(KindPrefix, StringComparison.Ordinal)
            && ListingVocabulary.TryParseKind(payload[KindPrefix.Length..], out var kind) && kind != ListingKind.None)
        {
            draft.Kind = kind;
            return Task.FromResult(StepResult.GoTo(PreviewStep));
        }

        return Task.FromResult(input.Callback == BackPayload ? StepResult.GoTo(PreviewStep) : StepResult.Retry(PostingMessages.PickKind, repeatPrompt: true));
    }

    private static async Task PromptCategoryAsync(ITurnContext turnContext, PostingDraft draft, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(
            new BotMessage(PostingMessages.PickCategory, Enum.GetValues<ListingCategory>()
                .Where(c => c != ListingCategory.None)
                .Select(c => new Button(ListingVocabulary.FrenchLabel(c), CategoryPrefix + ListingVocabulary.ToWire(c)))
                .ToList()).ToActivity(),
            cancellationToken);

    private static Task<StepResult> AcceptCategoryAsync(ITurnContext turnContext, PostingDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Callback is { } payload && payload.StartsWith(CategoryPrefix, StringComparison.Ordinal)
            && ListingVocabulary.TryParseCategory(payload[CategoryPrefix.Length..], out var category) && category != ListingCategory.None)
        {
            draft.Category = category;
            return Task.FromResult(StepResult.GoTo(PreviewStep));
        }

        return Task.FromResult(input.Callback == BackPayload ? StepResult.GoTo(PreviewStep) : StepResult.Retry(PostingMessages.PickCategory, repeatPrompt: true));
    }

    private static Task<StepResult> AcceptTitleAsync(ITurnContext turnContext, PostingDraft draft, FlowInput input, CancellationToken cancellationToken)
    {
        if (input.Callback is not null)
        {
            return Task.FromResult(input.Callback == BackPayload ? StepResult.GoTo(PreviewStep) : StepResult.Retry(PostingMessages.AskTitle));
        }

        var title = string.Join(' ', (input.Text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (title.Length == 0)
        {
            return Task.FromResult(StepResult.Retry(PostingMessages.TitleEmpty));
        }

        if (title.Length > ListingText.MaxTitle)
        {
            return Task.FromResult(StepResult.Retry(PostingMessages.TitleTooLong));
        }

        draft.Title = title;
        return Task.FromResult(StepResult.GoTo(PreviewStep));
    }
}

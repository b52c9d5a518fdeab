using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Community;

/// <summary>/cherche: the open listings of my quartier holding all my words, newest first, a page at a time.</summary>
public sealed class ListingSearch(IListingStore listings, IResidentStore residents, ILogger<ListingSearch> logger)
{
    public const int PageSize = 5;

    /// <summary>The longest query shown back to the resident.</summary>
    public const int MaxQueryShown = 60;

    public async Task SearchAsync(ITurnContext turnContext, long userId, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(query);
        if (QuartierOf(userId) is not { } quartierId)
        {
            await turnContext.SayAsync(CommunityMessages.NeedsQuartier, cancellationToken);
            return;
        }

        var words = SearchWords.Of(query);
        if (words.Count == 0)
        {
            await turnContext.SayAsync(CommunityMessages.SearchHowTo, cancellationToken);
            return;
        }

        if (!Fits(words))
        {
            logger.LogInformation("Resident {UserId} searched with too many words", userId);
            await turnContext.SayAsync(CommunityMessages.TooLong, cancellationToken);
            return;
        }

        await ShowAsync(turnContext, quartierId, words, ListingText.Cut(query.Trim(), MaxQueryShown), 0, cancellationToken);
    }

    /// <summary>"Suivants": the page named in the payload, for the words it carries.</summary>
    public async Task NextPageAsync(ITurnContext turnContext, long userId, int page, string foldedWords, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (QuartierOf(userId) is not { } quartierId)
        {
            await turnContext.SayAsync(CommunityMessages.NeedsQuartier, cancellationToken);
            return;
        }

        var words = SearchWords.Of(foldedWords);
        if (words.Count == 0 || !Fits(words))
        {
            await turnContext.SayAsync(CommunityMessages.SearchHowTo, cancellationToken);
            return;
        }

        await ShowAsync(turnContext, quartierId, words, string.Join(' ', words), page, cancellationToken);
    }

    /// <summary>True when the words fit a "Suivants" payload and are few enough to be a search.</summary>
    public static bool Fits(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count <= SearchWords.MaxWords
            && Encoding.UTF8.GetByteCount(CommunityPayload.Search(1000, words)) <= CommunityPayload.MaxBytes;
    }

    private async Task ShowAsync(ITurnContext turnContext, string quartierId, IReadOnlyList<string> words, string shown, int page, CancellationToken cancellationToken)
    {
        var found = listings.SearchableIn(quartierId)
            .Where(l => SearchWords.Matches(l, words))
            .OrderByDescending(l => l.PublishedAt)
            .ThenByDescending(l => l.Id)
            .ToList();
        if (found.Count == 0)
        {
            await turnContext.SayAsync(CommunityMessages.NothingFound(shown), cancellationToken);
            return;
        }

        var pages = (found.Count + PageSize - 1) / PageSize;
        var shownPage = found.Skip(page * PageSize).Take(PageSize).ToList();
        if (shownPage.Count == 0)
        {
            await turnContext.SayAsync(CommunityMessages.EndOfResults, cancellationToken);
            return;
        }

        var text = new StringBuilder(CommunityMessages.Found(found.Count, shown, page, pages));
        var buttons = new List<Button>();
        foreach (var listing in shownPage)
        {
            var title = ListingText.Cut(listing.Title, ListingText.MaxTitle);
            text.Append('\n').Append(CommunityMessages.Line(ListingText.FrenchLabel(listing.Kind), title));
            buttons.Add(new Button("🙋 " + ListingText.Cut(listing.Title, 30), ListingPayload.Of(ListingPayload.Interested, listing.Id)));
        }

        if ((page + 1) * PageSize < found.Count)
        {
            buttons.Add(new Button(CommunityMessages.Next, CommunityPayload.Search(page + 1, words)));
        }

        await turnContext.SendActivityAsync(new BotMessage(text.ToString(), buttons).ToActivity(), cancellationToken);
    }

    private string? QuartierOf(long userId) =>
        residents.Find(userId) is { Verification: >= VerificationLevel.Address, QuartierId: { Length: > 0 } quartierId } ? quartierId : null;
}

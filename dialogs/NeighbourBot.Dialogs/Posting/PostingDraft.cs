using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Flows;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>A listing being previewed and edited before it is published (kept in ConversationState).</summary>
public sealed class PostingDraft : FlowDraft
{
    public string Text { get; set; } = "";

    public string MaskedText { get; set; } = "";

    public bool HasContact { get; set; }

    public bool KeepContacts { get; set; }

    public ListingKind Kind { get; set; }

    public ListingCategory Category { get; set; }

    public string Title { get; set; } = "";

    public List<string> Items { get; set; } = [];

    public int? Quantity { get; set; }

    public decimal? PriceEur { get; set; }

    public string? When { get; set; }

    public DateTimeOffset? WhenStart { get; set; }

    public string? PhotoId { get; set; }

    /// <summary>The parser's scam signals: a listing with any is held for a moderator instead of broadcast.</summary>
    public List<string> ScamSignals { get; set; } = [];
}

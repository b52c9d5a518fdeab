using NeighbourBot.Dialogs.Flows;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>A change to a published listing in progress: which listing, which field.</summary>
public sealed class ListingEditDraft : FlowDraft
{
    public long ListingId { get; set; }

    /// <summary>"text", "qty" or "price".</summary>
    public string Field { get; set; } = "";
}

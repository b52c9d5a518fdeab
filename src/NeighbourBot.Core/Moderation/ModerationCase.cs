using NeighbourBot.Core.Listings;

namespace NeighbourBot.Core.Moderation;

/// <summary>A listing waiting for (or having had) a moderator's decision: its reports or scam signals, and the outcome.</summary>
public sealed record ModerationCase
{
    /// <summary>Store-assigned id (0 until first saved), carried in the moderators' buttons.</summary>
    public long Id { get; init; }

    public long ListingId { get; init; }

    public string QuartierId { get; init; } = "";

    public long AuthorId { get; init; }

    public ModerationOrigin Origin { get; init; }

    /// <summary>One report per reporter, oldest first.</summary>
    public IReadOnlyList<ListingReport> Reports { get; init; } = [];

    /// <summary>The parser's scam signals (wire names), for a listing held before broadcast.</summary>
    public IReadOnlyList<string> ScamSignals { get; init; } = [];

    /// <summary>The listing's status before it was hidden, restored by Garder.</summary>
    public ListingStatus StatusBefore { get; init; } = ListingStatus.Open;

    /// <summary>When the listing was hidden pending the decision (reports reached the threshold, or held before broadcast).</summary>
    public DateTimeOffset? HiddenAt { get; init; }

    /// <summary>Null while the case waits for a moderator.</summary>
    public ModerationDecision? Decision { get; init; }

    public long? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsPending => Decision is null;
}

namespace NeighbourBot.Core.Listings;

/// <summary>A resident's offer or request in their quartier.</summary>
public sealed record Listing
{
    /// <summary>Store-assigned id (0 until first saved).</summary>
    public long Id { get; init; }

    public long AuthorId { get; init; }

    public string QuartierId { get; init; } = "";

    public ListingKind Kind { get; init; }

    /// <summary>The title shown to neighbours: the first item, or what the poster typed in Modifier.</summary>
    public string Title { get; init; } = "";

    public IReadOnlyList<string> Items { get; init; } = [];

    public int? Quantity { get; init; }

    public decimal? PriceEur { get; init; }

    /// <summary>The date/time phrase as written ("samedi prochain").</summary>
    public string? When { get; init; }

    /// <summary>The start of that span when it could be resolved.</summary>
    public DateTimeOffset? WhenStart { get; init; }

    public ListingCategory Category { get; init; }

    /// <summary>The text exactly as posted (never broadcast when it holds contact details).</summary>
    public string Text { get; init; } = "";

    /// <summary>The text with phone numbers, e-mails and numbered addresses masked.</summary>
    public string MaskedText { get; init; } = "";

    /// <summary>The poster chose "Garder mes coordonnées" on the preview.</summary>
    public bool KeepContacts { get; init; }

    public IReadOnlyList<string> PhotoIds { get; init; } = [];

    public ListingStatus Status { get; init; } = ListingStatus.Draft;

    public long? ReservedFor { get; init; }

    public IReadOnlyList<BroadcastRef> Broadcasts { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>
    /// When the poster was last asked about expiry: before <see cref="ExpiresAt"/> it was the day-before reminder,
    /// at or after it the question about a listing still reserved. Null when never asked for this expiry.
    /// </summary>
    public DateTimeOffset? ExpiryReminderSentAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The text that may go to the group: masked unless the poster kept their details.</summary>
    public string BroadcastText => KeepContacts ? Text : MaskedText;
}

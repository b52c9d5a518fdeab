namespace NeighbourBot.Core.Moderation;

/// <summary>One line of the moderation audit log: who did what to which listing, when and why.</summary>
public sealed record ModerationAuditEntry
{
    /// <summary>Store-assigned id (0 until appended).</summary>
    public long Id { get; init; }

    public long CaseId { get; init; }

    public long ListingId { get; init; }

    public string QuartierId { get; init; } = "";

    /// <summary>The moderator or operator who decided; 0 for the bot itself.</summary>
    public long ActorId { get; init; }

    public ModerationAction Action { get; init; }

    /// <summary>Why: the reporters' reasons or the scam signals, in French.</summary>
    public string Reason { get; init; } = "";

    public DateTimeOffset At { get; init; }
}

using NeighbourBot.Core.Messaging;

namespace NeighbourBot.Core.Outbox;

/// <summary>A persisted outbound action, delivered at least once by the outbox sender.</summary>
public sealed record OutboxMessage
{
    /// <summary>Store-assigned, increasing: per-chat order is id order.</summary>
    public long Id { get; init; }

    public OutboxPriority Priority { get; init; }

    public long ChatId { get; init; }

    public OutboundAction Action { get; init; } = new();

    public OutboxState State { get; init; } = OutboxState.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>What the message is about, e.g. "listing:42", so its sent message id can be recorded there.</summary>
    public string? Correlation { get; init; }

    public long? SentMessageId { get; init; }

    public string? LastError { get; init; }
}

namespace NeighbourBot.Core.Outbox;

/// <summary>Where an outbox row is in delivery.</summary>
public enum OutboxState
{
    Pending = 0,

    /// <summary>An attempt left the process; a crash here means the message may already exist (at-least-once).</summary>
    Sending,

    Sent,

    /// <summary>Permanent failure (403, 400): not retried.</summary>
    Failed,
}

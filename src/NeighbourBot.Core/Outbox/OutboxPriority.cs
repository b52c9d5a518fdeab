namespace NeighbourBot.Core.Outbox;

/// <summary>Drain order of the outbox: lower values leave first.</summary>
public enum OutboxPriority
{
    /// <summary>A message to one person (relay, status change, proactive answer).</summary>
    Notification = 0,

    /// <summary>A listing broadcast or an edit of one in a group.</summary>
    Broadcast = 1,

    /// <summary>Group and private digests.</summary>
    Digest = 2,
}

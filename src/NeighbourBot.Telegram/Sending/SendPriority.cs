namespace NeighbourBot.Telegram.Sending;

/// <summary>Who is asking for a send slot: a turn's reply never waits behind a backlog.</summary>
public enum SendPriority
{
    /// <summary>A reply inside a turn: a resident is looking at their phone.</summary>
    Interactive = 0,

    /// <summary>The outbox draining (notifications, broadcasts, digests): leaves headroom for replies.</summary>
    Background = 1,
}

namespace NeighbourBot.Telegram.Outbox;

/// <summary>Tuning of the outbox sender (not part of the operator contract).</summary>
public sealed class OutboxSenderOptions
{
    /// <summary>
    /// Rows being sent at once (waiting for a rate-limit slot, a retry delay, or the wire). Only one of them has a
    /// request on the wire at a time (<see cref="Sending.WireLease"/>); the others wait without holding it.
    /// </summary>
    public int MaxInFlight { get; set; } = 8;

    /// <summary>How long the sender sleeps when nothing is due (it is also woken when a row is enqueued).</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Backoff of a row whose in-memory retries were exhausted.</summary>
    public TimeSpan RescheduleBase { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RescheduleMax { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many attempts a transient failure becomes permanent (with a 10% fault rate this is never reached).</summary>
    public int MaxAttempts { get; set; } = 30;

    /// <summary>Sent rows are kept this long, then pruned.</summary>
    public TimeSpan KeepSent { get; set; } = TimeSpan.FromDays(2);
}

namespace NeighbourBot.Telegram.Sending;

/// <summary>The <c>NeighbourBot:Outbox</c> sending limits, kept under Telegram's (30/s overall, ~1/s per chat, 20/min per group).</summary>
public sealed class SendLimitOptions
{
    public const string SectionName = "Outbox";

    public int GlobalPerSecond { get; set; } = 25;

    public int PerChatPerSecond { get; set; } = 1;

    public int PerGroupPerMinute { get; set; } = 18;

    /// <summary>Messages a private chat may receive back to back before the per-chat rate applies (Telegram tolerates short bursts).</summary>
    public int PrivateBurst { get; set; } = 3;

    /// <summary>Global slots per second kept free for turn replies while the outbox drains.</summary>
    public int InteractiveReserve { get; set; } = 2;
}

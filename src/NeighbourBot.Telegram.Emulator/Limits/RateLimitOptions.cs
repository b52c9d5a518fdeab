namespace NeighbourBot.Telegram.Emulator.Limits;

/// <summary>Telegram's sending limits per bot; the defaults are Telegram's, tests scale them down.</summary>
/// <remarks>https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this</remarks>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public double GlobalPerSecond { get; set; } = 30;

    public double PrivateChatPerSecond { get; set; } = 1;

    /// <summary>Messages a private chat may take at once before the per-second rate applies.</summary>
    public int PrivateChatBurst { get; set; } = 3;

    public int GroupPerMinute { get; set; } = 20;
}

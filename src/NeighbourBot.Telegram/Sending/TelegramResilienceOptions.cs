namespace NeighbourBot.Telegram.Sending;

/// <summary>Retry and timeout settings of <see cref="TelegramResilience"/> (defaults suit production; tests shorten them).</summary>
public sealed class TelegramResilienceOptions
{
    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}

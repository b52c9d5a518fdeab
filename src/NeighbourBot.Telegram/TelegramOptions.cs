namespace NeighbourBot.Telegram;

/// <summary>The <c>NeighbourBot:Telegram</c> section of the configuration contract.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>Bot token from @BotFather; empty means sandbox mode. A secret: never logged.</summary>
    public string Token { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    public string WebhookUrl { get; set; } = "";

    public string WebhookSecret { get; set; } = "";

    public string ListenUrl { get; set; } = "";

    /// <summary>Long-polling timeout in seconds (Telegram allows up to 50).</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;
}

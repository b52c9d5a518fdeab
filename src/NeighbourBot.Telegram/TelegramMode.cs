namespace NeighbourBot.Telegram;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>getUpdates long polling: one process at a time.</summary>
    Polling = 0,

    /// <summary>Telegram POSTs updates to <c>Telegram:WebhookUrl</c>, checked against the secret token.</summary>
    Webhook = 1,
}

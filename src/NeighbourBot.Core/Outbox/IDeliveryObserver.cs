namespace NeighbourBot.Core.Outbox;

/// <summary>
/// Told by the outbox sender what happened to a message, so the domain can follow: a broadcast's
/// Telegram message id recorded on its listing, a resident who blocked the bot marked unreachable,
/// a group that became a supergroup moved to its new id. Called synchronously, inside a unit of work.
/// </summary>
public interface IDeliveryObserver
{
    void Sent(OutboxMessage message, long? messageId);

    void Unreachable(long chatId);

    void Migrated(long fromChatId, long toChatId);
}

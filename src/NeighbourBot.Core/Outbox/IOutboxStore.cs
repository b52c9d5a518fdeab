namespace NeighbourBot.Core.Outbox;

/// <summary>The persistent outbox table.</summary>
public interface IOutboxStore
{
    /// <summary>Adds a pending row; returns it with its id.</summary>
    OutboxMessage Enqueue(OutboxMessage message);

    OutboxMessage? Find(long id);

    /// <summary>
    /// Rows ready to go at <paramref name="now"/>, by priority then id, at most one per chat (the
    /// oldest unsent one of that chat, so per-chat order holds), skipping chats in <paramref name="busyChats"/>.
    /// </summary>
    IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max, IReadOnlySet<long>? busyChats = null);

    void MarkSending(long id, DateTimeOffset at);

    void MarkSent(long id, long? messageId, DateTimeOffset at);

    void MarkRetry(long id, DateTimeOffset nextAttemptAt, string error);

    void MarkFailed(long id, string error);

    /// <summary>Rows left in <see cref="OutboxState.Sending"/> by a crash go back to pending (they may be sent twice).</summary>
    int RecoverInFlight();

    /// <summary>A group became a supergroup: its pending rows follow it.</summary>
    int MoveChat(long fromChatId, long toChatId);

    int CountPending();

    /// <summary>Deletes sent rows older than <paramref name="cutoff"/>.</summary>
    int PruneSent(DateTimeOffset cutoff);
}

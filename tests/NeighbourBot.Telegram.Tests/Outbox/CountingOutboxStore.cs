using NeighbourBot.Core.Outbox;

namespace NeighbourBot.Telegram.Tests.Outbox;

/// <summary>The real store, counting how often the sender asks it for due rows (an idle sender must not spin).</summary>
internal sealed class CountingOutboxStore(IOutboxStore inner) : IOutboxStore
{
    private int _dueQueries;

    public int DueQueries => Volatile.Read(ref _dueQueries);

    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max, IReadOnlySet<long>? busyChats = null)
    {
        Interlocked.Increment(ref _dueQueries);
        return inner.Due(now, max, busyChats);
    }

    public OutboxMessage Enqueue(OutboxMessage message) => inner.Enqueue(message);

    public OutboxMessage? Find(long id) => inner.Find(id);

    public void MarkSending(long id, DateTimeOffset at) => inner.MarkSending(id, at);

    public void MarkSent(long id, long? messageId, DateTimeOffset at) => inner.MarkSent(id, messageId, at);

    public void MarkRetry(long id, DateTimeOffset nextAttemptAt, string error) => inner.MarkRetry(id, nextAttemptAt, error);

    public void MarkFailed(long id, string error) => inner.MarkFailed(id, error);

    public int RecoverInFlight() => inner.RecoverInFlight();

    public int MoveChat(long fromChatId, long toChatId) => inner.MoveChat(fromChatId, toChatId);

    public int CountPending() => inner.CountPending();

    public int PruneSent(DateTimeOffset cutoff) => inner.PruneSent(cutoff);
}

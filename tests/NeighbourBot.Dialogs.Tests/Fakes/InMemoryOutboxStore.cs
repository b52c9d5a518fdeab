using NeighbourBot.Core.Outbox;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB outbox; only what the dialogs use is meaningful.</summary>
public sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly List<OutboxMessage> _rows = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<OutboxMessage> Rows
    {
        get
        {
            lock (_lock)
            {
                return _rows.ToList();
            }
        }
    }

    public IReadOnlyList<OutboxMessage> To(long chatId) => Rows.Where(r => r.ChatId == chatId).ToList();

    public OutboxMessage Enqueue(OutboxMessage message)
    {
        lock (_lock)
        {
            var saved = message with { Id = _rows.Count + 1 };
            _rows.Add(saved);
            return saved;
        }
    }

    public OutboxMessage? Find(long id) => Rows.FirstOrDefault(r => r.Id == id);

    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max, IReadOnlySet<long>? busyChats = null) =>
        Rows.Where(r => r.State == OutboxState.Pending && r.NextAttemptAt <= now).Take(max).ToList();

    public void MarkSending(long id, DateTimeOffset at) => throw new NotSupportedException();

    public void MarkSent(long id, long? messageId, DateTimeOffset at) => throw new NotSupportedException();

    public void MarkRetry(long id, DateTimeOffset nextAttemptAt, string error) => throw new NotSupportedException();

    public void MarkFailed(long id, string error) => throw new NotSupportedException();

    public int RecoverInFlight() => 0;

    public int MoveChat(long fromChatId, long toChatId) => 0;

    public int CountPending() => Rows.Count(r => r.State == OutboxState.Pending);

    public int PruneSent(DateTimeOffset cutoff) => 0;
}

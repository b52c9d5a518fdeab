using System.Globalization;
using LiteDB;
using NeighbourBot.Core.Outbox;

namespace NeighbourBot.Storage.Outbox;

/// <summary>
/// The persistent outbox. Besides the rows, one small "head" document per chat mirrors that chat's
/// oldest unsent row, so <see cref="Due"/> reads one document per waiting chat instead of the backlog.
/// </summary>
public sealed class LiteDbOutboxStore(LiteDbDatabase database) : IOutboxStore
{
    // Row fields the record does not have: the queue key (indexed; null once the row is sent or
    // failed) and when the row was sent (for pruning).
    private const string QueueField = "Q";
    private const string SentAtField = "SentAt";

    private static readonly string Pending = nameof(OutboxState.Pending);
    private static readonly string Sending = nameof(OutboxState.Sending);
    private static readonly string Sent = nameof(OutboxState.Sent);

    private ILiteCollection<BsonDocument> Rows => database.Collection(CollectionNames.Outbox);

    private ILiteCollection<BsonDocument> Heads => database.Collection(CollectionNames.OutboxHeads);

    public OutboxMessage Enqueue(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return database.InTransaction(() =>
        {
            var saved = message with { Id = database.NextRowId(CollectionNames.Outbox) };
            Rows.Insert(ToDocument(saved, sentAt: null));

            // A chat that already has a head keeps it: the new row is younger.
            if (!saved.IsUnsent() || Heads.FindById(saved.ChatId) is null)
            {
                RefreshHead(saved.ChatId);
            }

            return saved;
        });
    }

    public OutboxMessage? Find(long id)
    {
        var document = Rows.FindById(id);
        return document is null ? null : database.Mapper.ToObject<OutboxMessage>(document);
    }

    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int max, IReadOnlySet<long>? busyChats = null)
    {
        if (max <= 0)
        {
            return [];
        }

        var ready = Heads.Find(Predicates.EqAnd("State", Pending, "Due", "<=", now.UtcTicks))
            .Where(head => busyChats is null || !busyChats.Contains(head["_id"].AsInt64))
            .OrderBy(head => head["Priority"].AsInt32)
            .ThenBy(head => head["HeadId"].AsInt64)
            .Take(max)
            .Select(head => head["HeadId"].AsInt64)
            .ToList();

        var due = new List<OutboxMessage>(ready.Count);
        foreach (var id in ready)
        {
            // A head read a moment ago may have been sent since by another thread; the row is the truth.
            var row = Find(id);
            if (row is { State: OutboxState.Pending } && row.NextAttemptAt <= now)
            {
                due.Add(row);
            }
        }

        return due;
    }

    public void MarkSending(long id, DateTimeOffset at) =>
        Update(id, row => row with { State = OutboxState.Sending, Attempts = row.Attempts + 1 }, sentAt: null);

    public void MarkSent(long id, long? messageId, DateTimeOffset at) =>
        Update(id, row => row with { State = OutboxState.Sent, SentMessageId = messageId }, sentAt: at);

    public void MarkRetry(long id, DateTimeOffset nextAttemptAt, string error) =>
        Update(id, row => row with { State = OutboxState.Pending, NextAttemptAt = nextAttemptAt, LastError = error }, sentAt: null);

    public void MarkFailed(long id, string error) =>
        Update(id, row => row with { State = OutboxState.Failed, LastError = error }, sentAt: null);

    public int RecoverInFlight() => database.InTransaction(() =>
    {
        var inFlight = Rows.Find(Query.EQ("State", Sending)).Select(database.Mapper.ToObject<OutboxMessage>).ToList();
        foreach (var row in inFlight)
        {
            Rows.Update(ToDocument(row with { State = OutboxState.Pending }, sentAt: null));
        }

        foreach (var chatId in inFlight.Select(r => r.ChatId).Distinct())
        {
            RefreshHead(chatId);
        }

        return inFlight.Count;
    });

    public int MoveChat(long fromChatId, long toChatId)
    {
        if (fromChatId == toChatId)
        {
            return 0;
        }

        return database.InTransaction(() =>
        {
            var unsent = Rows.Find(Predicates.Between(QueueField, QueueKey(fromChatId, 0), QueueKey(fromChatId, long.MaxValue)))
                .Select(database.Mapper.ToObject<OutboxMessage>)
                .ToList();
            foreach (var row in unsent)
            {
                var action = row.Action.ChatId == fromChatId ? row.Action with { ChatId = toChatId } : row.Action;
                Rows.Update(ToDocument(row with { ChatId = toChatId, Action = action }, sentAt: null));
            }

            RefreshHead(fromChatId);
            RefreshHead(toChatId);
            return unsent.Count;
        });
    }

    /// <summary>Rows not delivered yet: pending, or in flight.</summary>
    public int CountPending() => Rows.Count(Query.EQ("State", Pending)) + Rows.Count(Query.EQ("State", Sending));

    public int PruneSent(DateTimeOffset cutoff) => database.InTransaction(() =>
        Rows.DeleteMany(Predicates.EqAnd("State", Sent, SentAtField, "<", cutoff.UtcTicks)));

    /// <summary>
    /// Deletes the rows <paramref name="forget"/> picks, whatever their state (erasure and retention; see README,
    /// Retention), and keeps each chat's head in step. The outbox is small (sent rows go after two days): a scan.
    /// </summary>
    public int Forget(Func<OutboxMessage, bool> forget)
    {
        ArgumentNullException.ThrowIfNull(forget);
        return database.InTransaction(() =>
        {
            var doomed = Rows.FindAll().Select(database.Mapper.ToObject<OutboxMessage>).Where(forget).ToList();
            foreach (var row in doomed)
            {
                Rows.Delete(row.Id);
            }

            foreach (var chatId in doomed.Select(r => r.ChatId).Distinct())
            {
                RefreshHead(chatId);
            }

            return doomed.Count;
        });
    }

    private void Update(long id, Func<OutboxMessage, OutboxMessage> change, DateTimeOffset? sentAt) => database.InTransaction(() =>
    {
        var document = Rows.FindById(id);
        if (document is null)
        {
            // Pruned or never there: there is nothing left to record about it.
            return;
        }

        var row = change(database.Mapper.ToObject<OutboxMessage>(document));
        Rows.Update(ToDocument(row, sentAt));
        RefreshHead(row.ChatId);
    });

    /// <summary>Makes the chat's head document mirror its oldest unsent row, or removes it.</summary>
    private void RefreshHead(long chatId)
    {
        var oldest = Rows.Query()
            .Where(Predicates.Between(QueueField, QueueKey(chatId, 0), QueueKey(chatId, long.MaxValue)))
            .OrderBy(QueueField)
            .Limit(1)
            .FirstOrDefault();
        if (oldest is null)
        {
            Heads.Delete(chatId);
            return;
        }

        var row = database.Mapper.ToObject<OutboxMessage>(oldest);
        Heads.Upsert(new BsonDocument
        {
            ["_id"] = chatId,
            ["HeadId"] = row.Id,
            ["Priority"] = (int)row.Priority,
            ["State"] = row.State.ToString(),
            ["Due"] = row.NextAttemptAt.UtcTicks,
        });
    }

    private BsonDocument ToDocument(OutboxMessage row, DateTimeOffset? sentAt)
    {
        var document = database.Mapper.ToDocument(row);
        document[QueueField] = row.IsUnsent() ? QueueKey(row.ChatId, row.Id) : BsonValue.Null;
        document[SentAtField] = sentAt is { } at ? at.UtcTicks : BsonValue.Null;
        return document;
    }

    /// <summary>
    /// (chat, id) as one string that sorts like the pair under the ordinal collation, so one index
    /// answers "oldest unsent row of this chat". Chat ids go negative (groups), hence the sign flip.
    /// </summary>
    private static string QueueKey(long chatId, long id) =>
        ((ulong)chatId ^ 0x8000_0000_0000_0000UL).ToString("D20", CultureInfo.InvariantCulture)
        + ":"
        + id.ToString("D19", CultureInfo.InvariantCulture);
}

using NeighbourBot.Core.Outbox;
using NeighbourBot.Storage.Outbox;

namespace NeighbourBot.Storage.Tests.Outbox;

public sealed class LiteDbOutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = Samples.Now;
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbOutboxStore _outbox;

    public LiteDbOutboxStoreTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _outbox = new LiteDbOutboxStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Due_rows_leave_by_priority_then_age_one_per_chat_in_chat_order()
    {
        var digestToAwa = Enqueue(chatId: 1, OutboxPriority.Digest);
        var notificationToAwa = Enqueue(chatId: 1, OutboxPriority.Notification);
        var broadcast = Enqueue(chatId: -100, OutboxPriority.Broadcast);
        var notificationToBen = Enqueue(chatId: 2, OutboxPriority.Notification);

        // Awa's notification waits behind her older digest: per-chat order beats priority.
        Assert.Equal([notificationToBen, broadcast, digestToAwa], Ids(_outbox.Due(Now, 10)));

        _outbox.MarkSending(digestToAwa, Now);
        _outbox.MarkSent(digestToAwa, messageId: 77, Now);

        Assert.Equal([notificationToAwa, notificationToBen, broadcast], Ids(_outbox.Due(Now, 10)));
        Assert.Equal([notificationToAwa, notificationToBen], Ids(_outbox.Due(Now, 2)));
        Assert.Equal([notificationToBen], Ids(_outbox.Due(Now, 10, busyChats: new HashSet<long> { 1, -100 })));

        var sent = _outbox.Find(digestToAwa);
        Assert.Equal(OutboxState.Sent, sent?.State);
        Assert.Equal(77, sent?.SentMessageId);
        Assert.Equal(1, sent?.Attempts);
    }

    [Fact]
    public void A_chat_waits_while_its_oldest_row_is_in_flight_or_backing_off()
    {
        var first = Enqueue(chatId: 1);
        var second = Enqueue(chatId: 1);

        _outbox.MarkSending(first, Now);
        Assert.Empty(_outbox.Due(Now, 10));

        _outbox.MarkRetry(first, Now.AddSeconds(30), "429 Too Many Requests: retry after 30");
        Assert.Empty(_outbox.Due(Now.AddSeconds(29), 10));

        var retried = Assert.Single(_outbox.Due(Now.AddSeconds(30), 10));
        Assert.Equal(first, retried.Id);
        Assert.Equal(1, retried.Attempts);
        Assert.Equal("429 Too Many Requests: retry after 30", retried.LastError);

        _outbox.MarkSending(first, Now.AddSeconds(30));
        _outbox.MarkFailed(first, "403 Forbidden: bot was blocked by the user");
        Assert.Equal([second], Ids(_outbox.Due(Now.AddSeconds(30), 10)));
        Assert.Equal(OutboxState.Failed, _outbox.Find(first)?.State);
    }

    [Fact]
    public void Rows_not_due_yet_are_not_returned()
    {
        Enqueue(chatId: 1, nextAttemptAt: Now.AddMinutes(5));

        Assert.Empty(_outbox.Due(Now, 10));
        Assert.Single(_outbox.Due(Now.AddMinutes(5), 10));
    }

    [Fact]
    public void Rows_in_flight_when_the_process_died_go_back_to_pending()
    {
        var toAwa = Enqueue(chatId: 1);
        var toBen = Enqueue(chatId: 2);
        var waiting = Enqueue(chatId: 3);
        _outbox.MarkSending(toAwa, Now);
        _outbox.MarkSending(toBen, Now);
        _database.Dispose();

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var outbox = new LiteDbOutboxStore(reopened);
        Assert.Equal([waiting], Ids(outbox.Due(Now, 10)));

        Assert.Equal(2, outbox.RecoverInFlight());

        Assert.Equal([toAwa, toBen, waiting], Ids(outbox.Due(Now, 10)));
        Assert.Equal(OutboxState.Pending, outbox.Find(toAwa)?.State);
        Assert.Equal(1, outbox.Find(toAwa)?.Attempts);
        Assert.Equal(0, outbox.RecoverInFlight());
    }

    [Fact]
    public void Pending_rows_follow_a_group_that_became_a_supergroup()
    {
        var delivered = Enqueue(chatId: -100);
        _outbox.MarkSent(delivered, 5, Now);
        var first = Enqueue(chatId: -100, OutboxPriority.Broadcast);
        var second = Enqueue(chatId: -100, OutboxPriority.Broadcast);
        var other = Enqueue(chatId: -200, OutboxPriority.Broadcast);

        Assert.Equal(2, _outbox.MoveChat(-100, -1001234));

        var due = _outbox.Due(Now, 10);
        Assert.Equal([first, other], Ids(due));
        Assert.Equal(-1001234, due[0].ChatId);
        Assert.Equal(-1001234, due[0].Action.ChatId);
        Assert.Equal(-100, _outbox.Find(delivered)?.ChatId);

        _outbox.MarkSent(first, 6, Now);
        Assert.Equal([second, other], Ids(_outbox.Due(Now, 10)));
    }

    [Fact]
    public void Sent_rows_are_pruned_after_the_cutoff_and_pending_ones_are_counted()
    {
        var old = Enqueue(chatId: 1);
        _outbox.MarkSent(old, 1, Now.AddDays(-8));
        var recent = Enqueue(chatId: 1);
        _outbox.MarkSent(recent, 2, Now);
        var failed = Enqueue(chatId: 2);
        _outbox.MarkFailed(failed, "400 Bad Request: chat not found");
        Enqueue(chatId: 1);
        var inFlight = Enqueue(chatId: 3);
        _outbox.MarkSending(inFlight, Now);

        Assert.Equal(2, _outbox.CountPending());
        Assert.Equal(1, _outbox.PruneSent(Now.AddDays(-7)));

        Assert.Null(_outbox.Find(old));
        Assert.NotNull(_outbox.Find(recent));
        Assert.NotNull(_outbox.Find(failed));
        Assert.Equal(2, _outbox.CountPending());
    }

    [Fact]
    public void Enqueued_rows_get_increasing_ids_and_start_pending()
    {
        var message = Samples.OutboxMessage() with { State = OutboxState.Pending };

        var first = _outbox.Enqueue(message);
        var second = _outbox.Enqueue(message);

        Assert.True(first.Id > 0);
        Assert.True(second.Id > first.Id);
        Samples.AssertSame(first, _outbox.Find(first.Id));
    }

    [Fact]
    public void Ids_keep_increasing_after_a_restart()
    {
        var before = Enqueue(chatId: 1);
        _database.Dispose();

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var outbox = new LiteDbOutboxStore(reopened);
        var after = outbox.Enqueue(Samples.OutboxMessage(chatId: 1)).Id;

        Assert.True(after > before);
        Assert.Equal([before, after], Ids(Drain(outbox)));
    }

    private static List<OutboxMessage> Drain(LiteDbOutboxStore outbox)
    {
        var sent = new List<OutboxMessage>();
        while (outbox.Due(Now, 10) is [var next, ..])
        {
            outbox.MarkSent(next.Id, 1, Now);
            sent.Add(next);
        }

        return sent;
    }

    private long Enqueue(long chatId, OutboxPriority priority = OutboxPriority.Notification, DateTimeOffset? nextAttemptAt = null) =>
        _outbox.Enqueue(Samples.OutboxMessage(chatId, priority) with { NextAttemptAt = nextAttemptAt ?? Now }).Id;

    private static long[] Ids(IEnumerable<OutboxMessage> rows) => rows.Select(r => r.Id).ToArray();
}

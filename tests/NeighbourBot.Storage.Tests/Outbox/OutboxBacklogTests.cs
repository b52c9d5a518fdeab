using System.Diagnostics;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.UnitOfWork;
using Xunit.Abstractions;

namespace NeighbourBot.Storage.Tests.Outbox;

public sealed class OutboxBacklogTests(ITestOutputHelper output) : IDisposable
{
    private const int Rows = 100_000;
    private const int Chats = 2_000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Due_stays_fast_with_a_hundred_thousand_rows_waiting()
    {
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var outbox = new LiteDbOutboxStore(database);
        var units = new LiteDbUnitOfWorkFactory(database);

        var fill = Stopwatch.StartNew();
        for (var batch = 0; batch < Rows / 10_000; batch++)
        {
            var unit = units.Begin();
            for (var i = 0; i < 10_000; i++)
            {
                var n = (batch * 10_000) + i;
                var message = Samples.OutboxMessage(chatId: n % Chats, (OutboxPriority)(n % 3));
                unit.Stage(() => outbox.Enqueue(message));
            }

            unit.Commit();
        }

        fill.Stop();

        var due = Stopwatch.StartNew();
        var rows = outbox.Due(Samples.Now, 30);
        due.Stop();

        var drain = Stopwatch.StartNew();
        const int Drained = 300;
        for (var sent = 0; sent < Drained;)
        {
            foreach (var row in outbox.Due(Samples.Now, 30))
            {
                outbox.MarkSending(row.Id, Samples.Now);
                outbox.MarkSent(row.Id, row.Id, Samples.Now);
                sent++;
            }
        }

        drain.Stop();

        output.WriteLine($"fill {Rows} rows: {fill.ElapsedMilliseconds} ms; Due(30): {due.Elapsed.TotalMilliseconds:F1} ms; "
            + $"drain {Drained} (Due + MarkSending + MarkSent): {drain.Elapsed.TotalMilliseconds / Drained:F2} ms per row");

        Assert.Equal(30, rows.Count);
        Assert.Equal(30, rows.Select(r => r.ChatId).Distinct().Count());
        Assert.All(rows, row => Assert.Equal(OutboxPriority.Notification, row.Priority));
        Assert.Equal(Rows - Drained, outbox.CountPending());
        Assert.True(due.ElapsedMilliseconds < 200, $"Due took {due.ElapsedMilliseconds} ms");
    }
}

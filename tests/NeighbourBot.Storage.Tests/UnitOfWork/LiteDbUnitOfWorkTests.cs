using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.Residents;
using NeighbourBot.Storage.Updates;
using NeighbourBot.Storage.UnitOfWork;

namespace NeighbourBot.Storage.Tests.UnitOfWork;

public sealed class LiteDbUnitOfWorkTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbResidentStore _residents;
    private readonly LiteDbOutboxStore _outbox;
    private readonly LiteDbHandledUpdateStore _updates;
    private readonly LiteDbUnitOfWorkFactory _units;

    public LiteDbUnitOfWorkTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _residents = new LiteDbResidentStore(_database);
        _outbox = new LiteDbOutboxStore(_database);
        _updates = new LiteDbHandledUpdateStore(_database);
        _units = new LiteDbUnitOfWorkFactory(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Staged_writes_land_together_at_commit_and_not_before()
    {
        var unit = _units.Begin();
        unit.Stage(() => _residents.Upsert(Samples.Resident(1)));
        unit.Stage(() => _outbox.Enqueue(Samples.OutboxMessage(chatId: 1001)));
        unit.Stage(() => _updates.MarkHandled(500, Samples.Now));

        Assert.Equal(3, unit.Count);
        Assert.Null(_residents.Find(1));
        Assert.False(_updates.IsHandled(500));

        unit.Commit();

        Assert.NotNull(_residents.Find(1));
        Assert.Equal(1, _outbox.CountPending());
        Assert.True(_updates.IsHandled(500));
    }

    [Fact]
    public void A_failing_write_rolls_back_the_earlier_ones()
    {
        _residents.Upsert(Samples.Resident(1) with { FirstName = "Avant" });
        var unit = _units.Begin();
        unit.Stage(() => _residents.Upsert(Samples.Resident(1) with { FirstName = "Après" }));
        unit.Stage(() => _residents.Upsert(Samples.Resident(2)));
        unit.Stage(() => _outbox.Enqueue(Samples.OutboxMessage(chatId: 1001)));
        unit.Stage(() => _updates.MarkHandled(500, Samples.Now));
        unit.Stage(() => throw new InvalidOperationException("the flow broke"));

        var thrown = Assert.Throws<InvalidOperationException>(unit.Commit);

        Assert.Equal("the flow broke", thrown.Message);
        Assert.Equal("Avant", _residents.Find(1)?.FirstName);
        Assert.Null(_residents.Find(2));
        Assert.Equal(0, _outbox.CountPending());
        Assert.False(_updates.IsHandled(500));

        // The thread is left without a transaction: a plain write afterwards is committed at once.
        _residents.Upsert(Samples.Resident(3));
        Assert.NotNull(_residents.Find(3));
    }

    [Fact]
    public async Task Units_committed_from_many_threads_each_land_whole()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var turn = 0; turn < 25; turn++)
            {
                var id = (worker * 1000) + turn;
                var unit = _units.Begin();
                unit.Stage(() => _residents.Upsert(new Resident { Id = id, FirstName = "t" + turn }));
                unit.Stage(() => _outbox.Enqueue(Samples.OutboxMessage(chatId: id)));
                unit.Stage(() => _updates.MarkHandled(id, Samples.Now));
                unit.Commit();
            }
        })));

        Assert.Equal(200, _residents.Count());
        Assert.Equal(200, _outbox.CountPending());
        Assert.Equal(200, _outbox.Due(Samples.Now, 1000).Count);
    }

    [Fact]
    public void A_unit_commits_once()
    {
        var unit = _units.Begin();
        unit.Stage(() => _residents.Upsert(Samples.Resident(1)));
        unit.Commit();

        Assert.Throws<InvalidOperationException>(unit.Commit);
        Assert.Throws<InvalidOperationException>(() => unit.Stage(() => _residents.Delete(1)));
        Assert.NotNull(_residents.Find(1));
    }
}

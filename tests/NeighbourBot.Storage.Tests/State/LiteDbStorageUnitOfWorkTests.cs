using Microsoft.Bot.Builder;
using NeighbourBot.Storage.Residents;
using NeighbourBot.Storage.State;
using NeighbourBot.Core.Storage;
using NeighbourBot.Storage.UnitOfWork;

namespace NeighbourBot.Storage.Tests.State;

public sealed class LiteDbStorageUnitOfWorkTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbStorage _storage;
    private readonly LiteDbResidentStore _residents;
    private readonly LiteDbUnitOfWorkFactory _units;

    public LiteDbStorageUnitOfWorkTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _storage = new LiteDbStorage(_database);
        _residents = new LiteDbResidentStore(_database);
        _units = new LiteDbUnitOfWorkFactory(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Inside_a_turn_state_is_written_with_the_turns_records_at_commit()
    {
        var unit = _units.Begin();
        using (UnitOfWorkScope.Begin(unit))
        {
            await WriteInATurnAsync("conversation/1", new Item { Step = "adresse" });
            unit.Stage(() => _residents.Upsert(Samples.Resident(1)));

            Assert.Empty(await _storage.ReadAsync(["conversation/1"]));
        }

        Assert.Null(UnitOfWorkScope.Current);
        Assert.Equal(2, unit.Count);

        unit.Commit();

        var item = Assert.IsType<Item>((await _storage.ReadAsync(["conversation/1"]))["conversation/1"]);
        Assert.Equal("adresse", item.Step);
        Assert.NotNull(_residents.Find(1));
    }

    [Fact]
    public async Task A_stale_etag_found_at_commit_rolls_back_the_whole_turn()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["conversation/1"] = new Item { Step = "nom" } });
        var loaded = (Item)(await _storage.ReadAsync(["conversation/1"]))["conversation/1"];

        var unit = _units.Begin();
        using (UnitOfWorkScope.Begin(unit))
        {
            unit.Stage(() => _residents.Upsert(Samples.Resident(1)));
            loaded.Step = "adresse";
            await WriteInATurnAsync("conversation/1", loaded);
        }

        // Another writer gets there between the turn's write and its commit.
        await _storage.WriteAsync(new Dictionary<string, object> { ["conversation/1"] = new Item { Step = "autre", ETag = "*" } });

        Assert.Throws<ETagConflictException>(unit.Commit);

        Assert.Null(_residents.Find(1));
        Assert.Equal("autre", ((Item)(await _storage.ReadAsync(["conversation/1"]))["conversation/1"]).Step);
    }

    [Fact]
    public async Task A_staged_write_keeps_the_value_it_had_when_written()
    {
        var unit = _units.Begin();
        var item = new Item { Step = "adresse" };
        using (UnitOfWorkScope.Begin(unit))
        {
            await WriteInATurnAsync("conversation/1", item);
        }

        item.Step = "changed after the write";
        unit.Commit();

        Assert.Equal("adresse", ((Item)(await _storage.ReadAsync(["conversation/1"]))["conversation/1"]).Step);
    }

    // The way Bot Builder's state middleware writes: from an awaited method below the one that entered the scope.
    private async Task WriteInATurnAsync(string key, object value)
    {
        await Task.Yield();
        await _storage.WriteAsync(new Dictionary<string, object> { [key] = value });
    }

    public sealed class Item : IStoreItem
    {
        public string Step { get; set; } = "";

        public string? ETag { get; set; }
    }
}

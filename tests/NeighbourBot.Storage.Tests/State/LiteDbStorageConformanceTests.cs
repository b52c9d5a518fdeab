using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using NeighbourBot.Storage.State;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Storage.Tests.State;

/// <summary>
/// Bot Builder's storage conformance cases, ported from microsoft/botbuilder-dotnet
/// tests/Microsoft.Bot.Builder.Tests/StorageBaseTests.cs (MIT), run against LiteDbStorage on a real file.
/// The bare catches of the original are replaced by asserts on the exception we throw.
/// </summary>
public sealed class LiteDbStorageConformanceTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbStorage _storage;

    public LiteDbStorageConformanceTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _storage = new LiteDbStorage(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Reading_an_unknown_key_returns_nothing_for_it()
    {
        var result = await _storage.ReadAsync(["unknown"]);

        Assert.NotNull(result);
        Assert.False(result.ContainsKey("unknown"));
    }

    [Fact]
    public async Task I_can_create_plain_objects_and_store_items()
    {
        var storeItems = new Dictionary<string, object>
        {
            ["createPoco"] = new PocoItem { Id = "1" },
            ["createPocoStoreItem"] = new PocoStoreItem { Id = "2" },
        };

        await _storage.WriteAsync(storeItems);
        var read = await _storage.ReadAsync([.. storeItems.Keys]);

        Assert.Equal("1", MapValueTo<PocoItem>(read, "createPoco").Id);
        var storeItem = MapValueTo<PocoStoreItem>(read, "createPocoStoreItem");
        Assert.Equal("2", storeItem.Id);
        Assert.NotNull(storeItem.ETag);
    }

    [Fact]
    public async Task Objects_read_back_as_their_own_types()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["createPoco"] = new PocoItem { Id = "1" },
            ["createPocoStoreItem"] = new PocoStoreItem { Id = "2" },
        });

        var read = await _storage.ReadAsync(["createPoco", "createPocoStoreItem"]);

        Assert.Equal("1", Assert.IsType<PocoItem>(read["createPoco"]).Id);
        var storeItem = Assert.IsType<PocoStoreItem>(read["createPocoStoreItem"]);
        Assert.Equal("2", storeItem.Id);
        Assert.NotNull(storeItem.ETag);
    }

    [Fact]
    public async Task Crazy_keys_work()
    {
        const string Key = "!@#$%^&*()~/\\><,.?';\"`~";
        await _storage.WriteAsync(new Dictionary<string, object> { [Key] = new PocoStoreItem { Id = "1" } });

        var read = await _storage.ReadAsync([Key]);

        Assert.Equal("1", MapValueTo<PocoStoreItem>(read, Key).Id);
    }

    [Fact]
    public async Task Keys_differing_only_by_case_are_different_items()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["telegram/users/Abc"] = new PocoItem { Id = "upper" },
            ["telegram/users/abc"] = new PocoItem { Id = "lower" },
        });

        var read = await _storage.ReadAsync(["telegram/users/Abc", "telegram/users/abc"]);

        Assert.Equal("upper", MapValueTo<PocoItem>(read, "telegram/users/Abc").Id);
        Assert.Equal("lower", MapValueTo<PocoItem>(read, "telegram/users/abc").Id);
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict_a_wildcard_always_wins_and_plain_objects_are_last_writer_wins()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["pocoItem"] = new PocoItem { Id = "1", Count = 1 },
            ["pocoStoreItem"] = new PocoStoreItem { Id = "1", Count = 1 },
        });

        var loaded = await _storage.ReadAsync(["pocoItem", "pocoStoreItem"]);
        var updatePocoItem = MapValueTo<PocoItem>(loaded, "pocoItem");
        var updatePocoStoreItem = MapValueTo<PocoStoreItem>(loaded, "pocoStoreItem");
        Assert.NotNull(updatePocoStoreItem.ETag);

        // Second write works: new etag, or no etag.
        updatePocoItem.Count++;
        updatePocoStoreItem.Count++;
        await _storage.WriteAsync(loaded);

        var reloaded = await _storage.ReadAsync(["pocoItem", "pocoStoreItem"]);
        var reloadedPocoItem = MapValueTo<PocoItem>(reloaded, "pocoItem");
        var reloadedPocoStoreItem = MapValueTo<PocoStoreItem>(reloaded, "pocoStoreItem");
        Assert.NotNull(reloadedPocoStoreItem.ETag);
        Assert.NotEqual(updatePocoStoreItem.ETag, reloadedPocoStoreItem.ETag);
        Assert.Equal(2, reloadedPocoItem.Count);
        Assert.Equal(2, reloadedPocoStoreItem.Count);

        // A plain object with an old copy still writes.
        updatePocoItem.Count = 123;
        await _storage.WriteAsync(new Dictionary<string, object> { ["pocoItem"] = updatePocoItem });

        // A store item with an old etag does not.
        updatePocoStoreItem.Count = 123;
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["pocoStoreItem"] = updatePocoStoreItem }));
        Assert.StartsWith("Etag conflict.", conflict.Message, StringComparison.Ordinal);

        var reloaded2 = await _storage.ReadAsync(["pocoItem", "pocoStoreItem"]);
        var reloadedPocoItem2 = MapValueTo<PocoItem>(reloaded2, "pocoItem");
        var reloadedPocoStoreItem2 = MapValueTo<PocoStoreItem>(reloaded2, "pocoStoreItem");
        Assert.Equal(123, reloadedPocoItem2.Count);
        Assert.Equal(2, reloadedPocoStoreItem2.Count);

        // "*" wins.
        reloadedPocoItem2.Count = 100;
        reloadedPocoStoreItem2.Count = 100;
        reloadedPocoStoreItem2.ETag = "*";
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["pocoItem"] = reloadedPocoItem2,
            ["pocoStoreItem"] = reloadedPocoStoreItem2,
        });

        var reloaded3 = await _storage.ReadAsync(["pocoItem", "pocoStoreItem"]);
        Assert.Equal(100, MapValueTo<PocoItem>(reloaded3, "pocoItem").Count);
        Assert.Equal(100, MapValueTo<PocoStoreItem>(reloaded3, "pocoStoreItem").Count);

        // An empty etag is not a wildcard.
        var reloaded4 = await _storage.ReadAsync(["pocoStoreItem"]);
        var reloadedStoreItem4 = MapValueTo<PocoStoreItem>(reloaded4, "pocoStoreItem");
        reloadedStoreItem4.ETag = string.Empty;
        reloadedStoreItem4.Count = 5;
        await Assert.ThrowsAsync<ETagConflictException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["pocoStoreItem"] = reloadedStoreItem4 }));

        var final = await _storage.ReadAsync(["pocoItem", "pocoStoreItem"]);
        Assert.Equal(100, MapValueTo<PocoItem>(final, "pocoItem").Count);
        Assert.Equal(100, MapValueTo<PocoStoreItem>(final, "pocoStoreItem").Count);
    }

    [Fact]
    public async Task A_jobject_carrying_an_etag_is_checked_like_a_store_item()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["json"] = new JObject { ["ETag"] = "*", ["Count"] = 1 } });
        var current = (JObject)(await _storage.ReadAsync(["json"]))["json"];
        var etag = current.Value<string>("ETag");

        await Assert.ThrowsAsync<ETagConflictException>(() =>
            _storage.WriteAsync(new Dictionary<string, object> { ["json"] = new JObject { ["ETag"] = "stale", ["Count"] = 2 } }));
        await _storage.WriteAsync(new Dictionary<string, object> { ["json"] = new JObject { ["ETag"] = etag, ["Count"] = 3 } });

        Assert.Equal(3, ((JObject)(await _storage.ReadAsync(["json"]))["json"]).Value<int>("Count"));
    }

    [Fact]
    public async Task A_conflict_in_a_batch_writes_nothing_of_the_batch()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1 } });

        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object>
        {
            ["other"] = new PocoItem { Id = "2" },
            ["item"] = new PocoStoreItem { Id = "1", Count = 2, ETag = "stale" },
        }));

        var read = await _storage.ReadAsync(["item", "other"]);
        Assert.False(read.ContainsKey("other"));
        Assert.Equal(1, MapValueTo<PocoStoreItem>(read, "item").Count);
    }

    [Fact]
    public async Task State_naming_a_type_that_no_longer_exists_reads_back_as_plain_json()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["conversation/1"] = new JObject { ["$type"] = "NeighbourBot.Dialogs.RemovedDraft, NeighbourBot.Dialogs", ["Count"] = 7 },
        });

        var read = await _storage.ReadAsync(["conversation/1"]);

        Assert.Equal(7, MapValueTo<PocoItem>(read, "conversation/1").Count);
    }

    [Fact]
    public async Task I_can_delete_an_object()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["delete1"] = new PocoStoreItem { Id = "1", Count = 1 } });
        var storeItem = MapValueTo<PocoStoreItem>(await _storage.ReadAsync(["delete1"]), "delete1");
        Assert.NotNull(storeItem.ETag);
        Assert.Equal(1, storeItem.Count);

        await _storage.DeleteAsync(["delete1"]);

        Assert.Empty(await _storage.ReadAsync(["delete1"]));
    }

    [Fact]
    public async Task Deleting_an_unknown_key_is_fine()
    {
        await _storage.DeleteAsync(["unknown_key"]);

        Assert.Empty(await _storage.ReadAsync(["unknown_key"]));
    }

    [Fact]
    public async Task Parallel_writes_of_one_key_leave_one_whole_value()
    {
        var batches = Enumerable.Range(0, 3)
            .Select(count => new Dictionary<string, object> { ["createPoco"] = new PocoItem { Id = "1", Count = count, ExtraBytes = [new string('X', 10_000)] } })
            .ToList();

        await Task.WhenAll(batches.Select(batch => Task.Run(() => _storage.WriteAsync(batch))));

        var createPoco = MapValueTo<PocoItem>(await _storage.ReadAsync(["createPoco"]), "createPoco");
        Assert.Equal("1", createPoco.Id);
        Assert.Contains(createPoco.Count, new[] { 0, 1, 2 });
        Assert.Equal(10_000, Assert.Single(createPoco.ExtraBytes!).Length);
    }

    [Fact]
    public async Task State_persists_through_a_multi_turn_conversation()
    {
        var userState = new UserState(_storage);
        var testProperty = userState.CreateProperty<TestPocoState>("test");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(userState));

        await new TestFlow(
                adapter,
                async (context, cancellationToken) =>
                {
                    var state = await testProperty.GetAsync(context, () => new TestPocoState(), cancellationToken);
                    Assert.NotNull(state);
                    switch (context.Activity.Text)
                    {
                        case "set value":
                            state.Value = "test";
                            await context.SendActivityAsync("value saved", cancellationToken: cancellationToken);
                            break;
                        case "get value":
                            await context.SendActivityAsync(state.Value, cancellationToken: cancellationToken);
                            break;
                    }
                })
            .Test("set value", "value saved")
            .Test("get value", "test")
            .StartTestAsync();
    }

    private static T MapValueTo<T>(IDictionary<string, object> items, string key)
    {
        Assert.True(items.TryGetValue(key, out var value), "no item for " + key);
        return value switch
        {
            T typed => typed,
            JObject json => json.ToObject<T>()!,
            _ => throw new InvalidCastException($"{key} is a {value?.GetType()}"),
        };
    }

    public sealed class PocoItem
    {
        public string? Id { get; set; }

        public int Count { get; set; }

        public string[]? ExtraBytes { get; set; }
    }

    public sealed class PocoStoreItem : IStoreItem
    {
        public string? Id { get; set; }

        public int Count { get; set; }

        public string? ETag { get; set; }
    }

    public sealed class TestPocoState
    {
        public string? Value { get; set; }
    }
}

using NeighbourBot.Storage.Updates;

namespace NeighbourBot.Storage.Tests.Updates;

public sealed class LiteDbHandledUpdateStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;

    public LiteDbHandledUpdateStoreTests() => _database = new LiteDbDatabase(_folder.DatabasePath);

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_handled_update_is_remembered_until_it_is_older_than_the_cutoff()
    {
        var updates = new LiteDbHandledUpdateStore(_database);
        var now = Samples.Now;
        updates.MarkHandled(100, now.AddHours(-49));
        updates.MarkHandled(101, now.AddHours(-47));
        updates.MarkHandled(102, now);

        Assert.True(updates.IsHandled(100));
        Assert.False(updates.IsHandled(103));

        Assert.Equal(1, updates.PruneOlderThan(now.AddHours(-48)));

        Assert.False(updates.IsHandled(100));
        Assert.True(updates.IsHandled(101));
        Assert.True(updates.IsHandled(102));
    }

    [Fact]
    public void Marking_an_update_twice_keeps_the_latest_time()
    {
        var updates = new LiteDbHandledUpdateStore(_database);
        updates.MarkHandled(100, Samples.Now.AddHours(-72));
        updates.MarkHandled(100, Samples.Now);

        Assert.Equal(0, updates.PruneOlderThan(Samples.Now.AddHours(-48)));
        Assert.True(updates.IsHandled(100));
    }
}

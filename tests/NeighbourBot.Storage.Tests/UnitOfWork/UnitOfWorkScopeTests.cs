using NeighbourBot.Core.Storage;
using NeighbourBot.Storage.UnitOfWork;

namespace NeighbourBot.Storage.Tests.UnitOfWork;

public sealed class UnitOfWorkScopeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbUnitOfWorkFactory _units;

    public UnitOfWorkScopeTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _units = new LiteDbUnitOfWorkFactory(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Each_turn_sees_its_own_unit_of_work_and_the_outer_one_comes_back()
    {
        var outer = _units.Begin();
        var inner = _units.Begin();

        using (UnitOfWorkScope.Begin(outer))
        {
            using (UnitOfWorkScope.Begin(inner))
            {
                Assert.Same(inner, UnitOfWorkScope.Current);
            }

            Assert.Same(outer, UnitOfWorkScope.Current);

            // Two turns running at once on other tasks do not see each other's unit.
            var seen = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                var own = _units.Begin();
                using (UnitOfWorkScope.Begin(own))
                {
                    await Task.Yield();
                    return ReferenceEquals(own, UnitOfWorkScope.Current);
                }
            })));
            Assert.All(seen, Assert.True);
            Assert.Same(outer, UnitOfWorkScope.Current);
        }

        Assert.Null(UnitOfWorkScope.Current);
    }
}

using NeighbourBot.Storage.Quartiers;

namespace NeighbourBot.Storage.Tests.Quartiers;

public sealed class LiteDbQuartierStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbQuartierStore _quartiers;

    public LiteDbQuartierStoreTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _quartiers = new LiteDbQuartierStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_linked_group_finds_its_quartier_until_it_is_unlinked()
    {
        var centre = Samples.Quartier() with { GroupChatIds = [-100111] };
        _quartiers.Upsert(centre);
        _quartiers.Upsert(new Core.Quartiers.Quartier { Id = "montchapet", Name = "Montchapet", GroupChatIds = [-100222, -100333] });

        Assert.Equal("centre-ville", _quartiers.FindByGroupChat(-100111)?.Id);
        Assert.Equal("montchapet", _quartiers.FindByGroupChat(-100333)?.Id);
        Assert.Null(_quartiers.FindByGroupChat(-100444));

        _quartiers.Upsert(centre with { GroupChatIds = [] });

        Assert.Null(_quartiers.FindByGroupChat(-100111));
        Assert.Equal(["centre-ville", "montchapet"], _quartiers.All().Select(q => q.Id));
        Assert.Null(_quartiers.Find("Centre-Ville"));
    }
}

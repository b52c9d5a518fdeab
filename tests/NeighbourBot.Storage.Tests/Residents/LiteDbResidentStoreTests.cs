using NeighbourBot.Storage.Residents;

namespace NeighbourBot.Storage.Tests.Residents;

public sealed class LiteDbResidentStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbResidentStore _residents;

    public LiteDbResidentStoreTests()
    {
        _database = new LiteDbDatabase(_folder.DatabasePath);
        _residents = new LiteDbResidentStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Residents_are_found_by_quartier_updated_in_place_and_deleted()
    {
        _residents.Upsert(Samples.Resident(1) with { QuartierId = "centre-ville" });
        _residents.Upsert(Samples.Resident(2) with { QuartierId = "montchapet" });
        _residents.Upsert(Samples.Resident(3) with { QuartierId = "centre-ville" });
        _residents.Upsert(Samples.Resident(4) with { QuartierId = null });

        Assert.Equal([1L, 3L], _residents.InQuartier("centre-ville").Select(r => r.Id));
        Assert.Empty(_residents.InQuartier("Centre-Ville"));

        _residents.Upsert(Samples.Resident(3) with { QuartierId = "montchapet", FirstName = "Bruno" });
        Assert.Equal([1L], _residents.InQuartier("centre-ville").Select(r => r.Id));
        Assert.Equal("Bruno", _residents.Find(3)?.FirstName);
        Assert.Equal(4, _residents.Count());

        Assert.True(_residents.Delete(3));
        Assert.False(_residents.Delete(3));
        Assert.Null(_residents.Find(3));
        Assert.Equal(3, _residents.Count());
    }

    [Fact]
    public void A_resident_without_address_or_quartier_reads_back_as_such()
    {
        var bare = new Core.Residents.Resident { Id = 9, FirstName = "  Zoé " };

        _residents.Upsert(bare);

        var read = _residents.Find(9);
        Assert.NotNull(read);
        Assert.Null(read.Address);
        Assert.Null(read.QuartierId);
        Assert.Equal("  Zoé ", read.FirstName);
        Assert.Equal("", read.LastName);
        Assert.Empty(read.Digest.Kinds);
        Samples.AssertSame(bare, read);
    }
}

using System.Text;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Residents;

namespace NeighbourBot.Storage.Tests.Retention;

/// <summary>
/// LiteDB 5.0.21 zeroes the bytes a delete or a shrinking update frees, so erasure (/supprimer, the retention
/// sweeps) needs no file rewrite; these guard that against a LiteDB upgrade (then: rebuild after erasing).
/// </summary>
public sealed class FreedBytesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_deleted_resident_leaves_no_bytes_of_their_name_in_the_file()
    {
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var residents = new LiteDbResidentStore(database);
            residents.Upsert(Samples.Resident(1) with { FirstName = "Philibertine", Address = new ResidentAddress { TypedText = "9 allée des Quenouilles" } });
            residents.Upsert(Samples.Resident(2) with { FirstName = "Anatole" });
            residents.Delete(1);
        }

        var bytes = ReadFiles();
        Assert.False(Contains(bytes, "Philibertine"));
        Assert.False(Contains(bytes, "Quenouilles"));
        Assert.True(Contains(bytes, "Anatole"));
    }

    [Fact]
    public void A_resident_updated_to_a_shorter_record_leaves_no_bytes_of_the_old_address()
    {
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var residents = new LiteDbResidentStore(database);
            residents.Upsert(Samples.Resident(1) with { FirstName = "Anatole", Address = new ResidentAddress { TypedText = "9 allée des Quenouilles, " + new string('x', 3000) } });
            residents.Upsert(Samples.Resident(1) with { FirstName = "Anatole", Address = null });
        }

        var bytes = ReadFiles();
        Assert.False(Contains(bytes, "Quenouilles"));
        Assert.True(Contains(bytes, "Anatole"));
    }

    private byte[] ReadFiles()
    {
        var bytes = new List<byte>(File.ReadAllBytes(_folder.DatabasePath));
        var log = _folder.File("neighbourbot-log.db");
        if (File.Exists(log))
        {
            bytes.AddRange(File.ReadAllBytes(log));
        }

        return [.. bytes];
    }

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}

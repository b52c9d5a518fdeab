using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Residents;

namespace NeighbourBot.Storage.Tests;

public sealed class LiteDbDatabaseTests : IDisposable
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(30);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_database_held_by_another_process_is_refused_with_a_line_naming_the_file()
    {
        using var timeout = new CancellationTokenSource(ChildTimeout);
        using var holder = CrashWriterProcess.Start("hold", _folder.DatabasePath);
        var first = await holder.ReadLineAsync(timeout.Token);
        if (first != "ready")
        {
            Assert.Fail("the holder did not open the database: " + first + await holder.ReadErrorsAsync());
        }

        var refused = Assert.Throws<DatabaseLockedException>(() => new LiteDbDatabase(_folder.DatabasePath));

        Assert.Contains(_folder.DatabasePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("another NeighbourBot process", refused.Message, StringComparison.Ordinal);
        Assert.Contains("NeighbourBot:Storage:Path", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);

        Assert.Equal(0, await holder.StopAsync(timeout.Token));
        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
    }

    [Fact]
    public void A_second_open_in_the_same_process_is_refused_too()
    {
        using var first = new LiteDbDatabase(_folder.DatabasePath);

        Assert.Throws<DatabaseLockedException>(() => new LiteDbDatabase(_folder.DatabasePath));
    }

    [Fact]
    public void A_file_of_random_bytes_is_reported_as_corrupt_with_its_path()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(_folder.DatabasePath, bytes);

        var refused = Assert.Throws<DatabaseCorruptException>(() => new LiteDbDatabase(_folder.DatabasePath));

        Assert.Contains(_folder.DatabasePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("backup", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        AssertLockReleased();
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(8192 * 2)]
    public void A_truncated_database_is_reported_as_corrupt(int keptBytes)
    {
        WriteSomeResidents();
        Truncate(keptBytes);

        var refused = Assert.Throws<DatabaseCorruptException>(() => new LiteDbDatabase(_folder.DatabasePath));

        Assert.Contains(_folder.DatabasePath, refused.Message, StringComparison.Ordinal);
        AssertLockReleased();
    }

    [Fact]
    public void A_database_missing_only_its_last_page_is_reported_as_corrupt()
    {
        WriteSomeResidents();
        Truncate(new FileInfo(_folder.DatabasePath).Length - 8192);

        Assert.Throws<DatabaseCorruptException>(() => new LiteDbDatabase(_folder.DatabasePath));
    }

    [Fact]
    public void A_page_of_zeros_in_the_middle_is_reported_as_corrupt()
    {
        WriteSomeResidents();
        using (var file = new FileStream(_folder.DatabasePath, FileMode.Open))
        {
            file.Position = 8192 * 2;
            file.Write(new byte[8192]);
        }

        Assert.Throws<DatabaseCorruptException>(() => new LiteDbDatabase(_folder.DatabasePath));
    }

    [Fact]
    public void The_database_and_its_log_are_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }


        using var database = new LiteDbDatabase(_folder.DatabasePath);
        new LiteDbResidentStore(database).Upsert(new Resident { Id = 1, FirstName = "Awa" });

        Assert.True(File.Exists(database.LogPath), "LiteDB's log should hold the write");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.Path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.LogPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.LockPath));
    }

    [Fact]
    public void An_existing_world_readable_database_is_made_owner_only_when_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using (new LiteDbDatabase(_folder.DatabasePath))
        {
        }

        File.SetUnixFileMode(_folder.DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var database = new LiteDbDatabase(_folder.DatabasePath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database.Path));
    }

    [Fact]
    public void A_missing_folder_is_created()
    {
        var path = _folder.File(Path.Combine("data", "nested", "neighbourbot.db"));

        using var database = new LiteDbDatabase(path);
        new LiteDbResidentStore(database).Upsert(new Resident { Id = 7, FirstName = "Awa" });

        Assert.True(File.Exists(path));
        Assert.Equal(path, database.Path);
    }

    private void WriteSomeResidents()
    {
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var residents = new LiteDbResidentStore(database);
        for (var id = 1; id <= 200; id++)
        {
            residents.Upsert(new Resident { Id = id, FirstName = new string('x', 500), QuartierId = "centre-ville" });
        }
    }

    private void Truncate(long keptBytes)
    {
        using var file = new FileStream(_folder.DatabasePath, FileMode.Open);
        file.SetLength(keptBytes);
    }

    private void AssertLockReleased()
    {
        File.Delete(_folder.DatabasePath);
        using var fresh = new LiteDbDatabase(_folder.DatabasePath);
    }
}

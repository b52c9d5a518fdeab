using System.Diagnostics;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Residents;
using Xunit.Abstractions;

namespace NeighbourBot.Storage.Tests;

public sealed class ConcurrencyTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 8;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eight_writers_sharing_one_database_lose_nothing()
    {
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var residents = new LiteDbResidentStore(database);
        var duration = TimeSpan.FromSeconds(3);
        var clock = Stopwatch.StartNew();
        var writes = 0;

        // Each writer owns the ids w, w + 8, w + 16, ... and rewrites them with a growing version.
        var written = await Task.WhenAll(Enumerable.Range(1, Writers).Select(writer => Task.Run(() =>
        {
            var last = new Dictionary<long, int>();
            var version = 0;
            while (clock.Elapsed < duration)
            {
                version++;
                var id = writer + (Writers * (version % 50));
                residents.Upsert(new Resident { Id = id, FirstName = "v" + version, QuartierId = "q" + writer });
                var read = residents.Find(id);
                Assert.Equal("v" + version, read?.FirstName);
                last[id] = version;
            }

            Interlocked.Add(ref writes, version);
            return last;
        })));

        output.WriteLine($"{writes} upserts, each read back, in {clock.Elapsed.TotalSeconds:F1} s by {Writers} writers");
        var expected = written.SelectMany(w => w).ToList();
        Assert.Equal(expected.Count, residents.Count());
        foreach (var (id, version) in expected)
        {
            Assert.Equal("v" + version, residents.Find(id)?.FirstName);
        }

        Assert.All(Enumerable.Range(1, Writers), writer =>
            Assert.Equal(written[writer - 1].Count, residents.InQuartier("q" + writer).Count));
    }
}

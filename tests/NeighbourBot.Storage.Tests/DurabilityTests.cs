using System.Globalization;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Residents;
using Xunit.Abstractions;

namespace NeighbourBot.Storage.Tests;

public sealed class DurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int AcksBeforeKill = 300;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_acknowledged_write_survives_a_killed_process_and_the_file_stays_usable()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        long lastAck = 0;
        using (var writer = CrashWriterProcess.Start("write", _folder.DatabasePath))
        {
            while (lastAck < AcksBeforeKill)
            {
                var line = await writer.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    Assert.Fail("the writer stopped early: " + await writer.ReadErrorsAsync());
                }

                lastAck = ParseAck(line);
            }

            await writer.KillAsync();

            // Acks already in the pipe were committed before the kill too.
            while (await writer.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    lastAck = ParseAck(line);
                }
            }
        }

        using var database = new LiteDbDatabase(_folder.DatabasePath);
        output.WriteLine($"killed after {lastAck} acknowledged writes");
        var residents = new LiteDbResidentStore(database);
        var missing = Enumerable.Range(1, (int)lastAck).Where(id => residents.Find(id) is null).ToList();
        Assert.Empty(missing);
        Assert.Equal("Voisin " + lastAck, residents.Find(lastAck)?.FirstName);

        residents.Upsert(new Resident { Id = -1, FirstName = "Après la panne" });
        Assert.Equal("Après la panne", residents.Find(-1)?.FirstName);
        Assert.True(residents.Count() >= lastAck + 1);
    }

    private static long ParseAck(string? line)
    {
        Assert.NotNull(line);
        Assert.StartsWith("ack ", line, StringComparison.Ordinal);
        return long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture);
    }
}

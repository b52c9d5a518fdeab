using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Language.Parsing;
using Xunit.Abstractions;

namespace NeighbourBot.Language.Tests.Parsing;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var p = new FrenchListingParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared);
        foreach (var t in File.ReadAllLines("/tmp/itm/probe.txt"))
        {
            var r = p.Parse(t);
            output.WriteLine($"{r.Kind} | {r.Category} | {string.Join(", ", r.Items)} :: {t}");
        }
    }
}

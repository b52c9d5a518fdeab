using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Language.Parsing;
using Xunit.Abstractions;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>Temporary probe.</summary>
public sealed class ProbeTmpTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var parser = new FrenchListingParser(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared);
        var lines = File.ReadAllLines("/tmp/probe.txt");
        var sb = new System.Text.StringBuilder();
        foreach (var l in lines)
        {
            var p = parser.Parse(l);
            sb.AppendLine($"{p.Kind} | {string.Join(", ", p.Items)} | {p.Category} | q={p.Quantity} | €={p.PriceEur} | w={p.When} :: {l}");
        }

        File.WriteAllText("/tmp/probe.out", sb.ToString());
        output.WriteLine("ok");
    }
}

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>Latency is measured alone: other test classes (10,000 lines, 8 threads) would otherwise share the cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LatencyTests
{
    public const string Name = "latency";
}

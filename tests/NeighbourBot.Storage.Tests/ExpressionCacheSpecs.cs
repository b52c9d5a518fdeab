namespace NeighbourBot.Storage.Tests;

/// <summary>
/// LiteDB's expression cache is process-wide: a spec that counts it runs alone, after the parallel ones, or other
/// specs' first queries show up in its count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExpressionCacheSpecs
{
    public const string Name = "LiteDB expression cache";
}

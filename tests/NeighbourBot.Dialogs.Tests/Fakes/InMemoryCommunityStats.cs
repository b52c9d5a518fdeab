using NeighbourBot.Core.Stats;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Counts only the residents; the real computation is LiteDbCommunityStats, specified on a LiteDB file (StatsSpecs).</summary>
public sealed class InMemoryCommunityStats(InMemoryResidentStore residents) : ICommunityStats
{
    public CommunityFigures Compute() => new() { Residents = residents.Count() };
}

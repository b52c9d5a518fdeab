namespace NeighbourBot.Core.Stats;

/// <summary>Counts the community from the database, for the <c>stats</c> verb and /stats alike.</summary>
public interface ICommunityStats
{
    CommunityFigures Compute();
}

using NeighbourBot.Core.Quartiers;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Dialogs.Verification;

/// <summary>A quartier's display name from the store, else from the map, else its id.</summary>
public sealed class QuartierNames(IQuartierStore quartiers, IQuartierMap map)
{
    public string Of(string? quartierId)
    {
        if (string.IsNullOrEmpty(quartierId))
        {
            return "";
        }

        var stored = quartiers.Find(quartierId)?.Name;
        if (!string.IsNullOrEmpty(stored))
        {
            return stored;
        }

        return map.Quartiers.FirstOrDefault(q => string.Equals(q.Id, quartierId, StringComparison.Ordinal))?.Name ?? quartierId;
    }
}

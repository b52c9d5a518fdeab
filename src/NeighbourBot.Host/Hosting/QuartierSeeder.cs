using NeighbourBot.Core.Quartiers;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Host.Hosting;

/// <summary>Makes every quartier of the map exist in the store (keeping its groups and moderators), so links survive a map update.</summary>
public static class QuartierSeeder
{
    /// <summary>Returns how many quartiers were added or renamed.</summary>
    public static int Seed(IQuartierMap map, IQuartierStore store)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(store);
        var changed = 0;
        foreach (var area in map.Quartiers)
        {
            var existing = store.Find(area.Id);
            if (existing is null || existing.Name != area.Name)
            {
                store.Upsert((existing ?? new Quartier { Id = area.Id }) with { Name = area.Name });
                changed++;
            }
        }

        return changed;
    }
}

using System.Collections.Concurrent;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB resident store.</summary>
public sealed class InMemoryResidentStore : IResidentStore
{
    private readonly ConcurrentDictionary<long, Resident> _rows = new();

    public Resident? Find(long id) => _rows.GetValueOrDefault(id);

    public void Upsert(Resident resident) => _rows[resident.Id] = resident;

    public bool Delete(long id) => _rows.TryRemove(id, out _);

    public IReadOnlyList<Resident> InQuartier(string quartierId) =>
        _rows.Values.Where(r => r.QuartierId == quartierId).ToList();

    public int Count() => _rows.Count;
}

using System.Collections.Concurrent;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB out-of-area demand store.</summary>
public sealed class InMemoryOutOfAreaDemandStore : IOutOfAreaDemandStore
{
    private readonly ConcurrentDictionary<string, OutOfAreaDemand> _rows = new();

    public void Record(string cityCode, string cityName, DateTimeOffset at) =>
        _rows.AddOrUpdate(
            cityCode,
            _ => new OutOfAreaDemand { CityCode = cityCode, CityName = cityName, Count = 1, FirstAt = at, LastAt = at },
            (_, row) => row with { Count = row.Count + 1, LastAt = at, CityName = cityName });

    public OutOfAreaDemand? Find(string cityCode) => _rows.GetValueOrDefault(cityCode);

    public IReadOnlyList<OutOfAreaDemand> All() => _rows.Values.OrderByDescending(r => r.Count).ToList();
}

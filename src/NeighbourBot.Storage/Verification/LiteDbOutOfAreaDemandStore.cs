using LiteDB;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Storage.Verification;

/// <summary>Out-of-area signup attempts in LiteDB, one row per commune code.</summary>
public sealed class LiteDbOutOfAreaDemandStore(LiteDbDatabase database) : IOutOfAreaDemandStore
{
    private ILiteCollection<BsonDocument> Demand => database.Collection(CollectionNames.OutOfAreaDemand);

    public void Record(string cityCode, string cityName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(cityCode);
        database.InTransaction(() =>
        {
            var existing = Find(cityCode);
            var row = existing is null
                ? new OutOfAreaDemand { CityCode = cityCode, CityName = cityName ?? "", Count = 1, FirstAt = at, LastAt = at }
                : existing with { Count = existing.Count + 1, LastAt = at, CityName = string.IsNullOrEmpty(cityName) ? existing.CityName : cityName };
            Demand.Upsert(database.Mapper.ToDocument(row));
        });
    }

    public OutOfAreaDemand? Find(string cityCode)
    {
        ArgumentNullException.ThrowIfNull(cityCode);
        var document = Demand.FindById(cityCode);
        return document is null ? null : database.Mapper.ToObject<OutOfAreaDemand>(document);
    }

    public IReadOnlyList<OutOfAreaDemand> All() =>
        Demand.FindAll()
            .Select(database.Mapper.ToObject<OutOfAreaDemand>)
            .OrderByDescending(d => d.Count)
            .ThenBy(d => d.CityCode, StringComparer.Ordinal)
            .ToList();
}

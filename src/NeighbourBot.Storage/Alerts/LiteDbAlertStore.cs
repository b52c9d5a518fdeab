using LiteDB;
using NeighbourBot.Core.Alerts;

namespace NeighbourBot.Storage.Alerts;

/// <summary>Residents' alerts in LiteDB; ids come from a persisted sequence and are never reused.</summary>
public sealed class LiteDbAlertStore(LiteDbDatabase database) : IAlertStore
{
    private ILiteCollection<BsonDocument> Alerts => database.Collection(CollectionNames.Alerts);

    public Alert? Find(long id)
    {
        var document = Alerts.FindById(id);
        return document is null ? null : database.Mapper.ToObject<Alert>(document);
    }

    public Alert Save(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return database.InTransaction(() =>
        {
            var saved = alert.Id == 0 ? alert with { Id = database.NextId(CollectionNames.Alerts) } : alert;
            Alerts.Upsert(database.Mapper.ToDocument(saved));
            return saved;
        });
    }

    public bool Delete(long id) => database.InTransaction(() => Alerts.Delete(id));

    public IReadOnlyList<Alert> ByResident(long residentId) =>
        Read(Predicates.Eq(nameof(Alert.ResidentId), residentId)).OrderBy(a => a.Id).ToList();

    public IReadOnlyList<Alert> InQuartier(string quartierId) =>
        Read(Predicates.Eq(nameof(Alert.QuartierId), quartierId)).OrderBy(a => a.Id).ToList();

    private IEnumerable<Alert> Read(BsonExpression predicate) =>
        Alerts.Find(predicate).Select(database.Mapper.ToObject<Alert>);
}

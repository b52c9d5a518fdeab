using NeighbourBot.Core.Alerts;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB alert store.</summary>
public sealed class InMemoryAlertStore : IAlertStore
{
    private readonly Dictionary<long, Alert> _rows = [];
    private readonly Lock _lock = new();
    private long _lastId;

    public IReadOnlyList<Alert> All
    {
        get
        {
            lock (_lock)
            {
                return _rows.Values.OrderBy(a => a.Id).ToList();
            }
        }
    }

    public Alert? Find(long id)
    {
        lock (_lock)
        {
            return _rows.GetValueOrDefault(id);
        }
    }

    public Alert Save(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_lock)
        {
            var saved = alert.Id == 0 ? alert with { Id = ++_lastId } : alert;
            _rows[saved.Id] = saved;
            return saved;
        }
    }

    public bool Delete(long id)
    {
        lock (_lock)
        {
            return _rows.Remove(id);
        }
    }

    public IReadOnlyList<Alert> ByResident(long residentId) => All.Where(a => a.ResidentId == residentId).ToList();

    public IReadOnlyList<Alert> InQuartier(string quartierId) => All.Where(a => a.QuartierId == quartierId).ToList();
}

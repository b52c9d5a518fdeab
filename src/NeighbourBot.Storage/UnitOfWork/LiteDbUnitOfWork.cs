using NeighbourBot.Core.Storage;

namespace NeighbourBot.Storage.UnitOfWork;

/// <summary>Collects a turn's writes and runs them in one LiteDB transaction on the committing thread.</summary>
public sealed class LiteDbUnitOfWork(LiteDbDatabase database) : IUnitOfWork
{
    private readonly List<Action> _writes = [];
    private bool _committed;

    public int Count => _writes.Count;

    public void Stage(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (_committed)
        {
            throw new InvalidOperationException("This unit of work has already been committed; begin a new one.");
        }

        _writes.Add(write);
    }

    public void Commit()
    {
        if (_committed)
        {
            throw new InvalidOperationException("This unit of work has already been committed.");
        }

        _committed = true;
        if (_writes.Count == 0)
        {
            return;
        }

        // Store calls inside the actions see this thread's transaction and join it.
        database.InTransaction(() =>
        {
            foreach (var write in _writes)
            {
                write();
            }
        });
    }
}

using NeighbourBot.Core.Storage;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Runs the staged writes, in order, at commit (a real store runs them in one transaction).</summary>
public sealed class InMemoryUnitOfWork(InMemoryUnitOfWorkFactory factory) : IUnitOfWork
{
    private readonly List<Action> _writes = [];

    public int Count => _writes.Count;

    public void Stage(Action write) => _writes.Add(write);

    public void Commit()
    {
        foreach (var write in _writes)
        {
            write();
        }

        factory.Committed(_writes.Count);
        _writes.Clear();
    }
}

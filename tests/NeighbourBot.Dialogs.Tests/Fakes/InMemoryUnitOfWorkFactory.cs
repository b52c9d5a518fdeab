using NeighbourBot.Core.Storage;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Hands out <see cref="InMemoryUnitOfWork"/>s and counts what was committed.</summary>
public sealed class InMemoryUnitOfWorkFactory : IUnitOfWorkFactory
{
    private int _commits;
    private int _writes;

    public int Commits => _commits;

    public int Writes => _writes;

    public IUnitOfWork Begin() => new InMemoryUnitOfWork(this);

    internal void Committed(int writes)
    {
        Interlocked.Increment(ref _commits);
        Interlocked.Add(ref _writes, writes);
    }
}

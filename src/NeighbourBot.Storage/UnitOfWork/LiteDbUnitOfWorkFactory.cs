using NeighbourBot.Core.Storage;

namespace NeighbourBot.Storage.UnitOfWork;

/// <summary>Starts <see cref="LiteDbUnitOfWork"/>s on the process database.</summary>
public sealed class LiteDbUnitOfWorkFactory(LiteDbDatabase database) : IUnitOfWorkFactory
{
    public IUnitOfWork Begin() => new LiteDbUnitOfWork(database);
}

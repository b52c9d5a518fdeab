namespace NeighbourBot.Core.Storage;

/// <summary>Starts a unit of work for one turn (or one background job).</summary>
public interface IUnitOfWorkFactory
{
    IUnitOfWork Begin();
}

namespace NeighbourBot.Core.Storage;

/// <summary>
/// The unit of work of the turn (or job) in progress, flowing with the async context, so that writes
/// made deep in a library (Bot Builder's state saving through IStorage) join the turn's single commit.
/// </summary>
public static class UnitOfWorkScope
{
    private static readonly AsyncLocal<IUnitOfWork?> Ambient = new();

    /// <summary>The current unit of work, or null outside a turn.</summary>
    public static IUnitOfWork? Current => Ambient.Value;

    /// <summary>Makes <paramref name="unitOfWork"/> current until the returned handle is disposed.</summary>
    public static IDisposable Begin(IUnitOfWork unitOfWork)
    {
        var previous = Ambient.Value;
        Ambient.Value = unitOfWork;
        return new Restore(previous);
    }

    private sealed class Restore(IUnitOfWork? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

using NeighbourBot.Core.Storage;

namespace NeighbourBot.Storage.UnitOfWork;

/// <summary>
/// The unit of work of the current turn, flowing with the async context: while one is entered,
/// <see cref="State.LiteDbStorage"/> stages its writes into it instead of writing at once.
/// </summary>
public static class UnitOfWorkScope
{
    private static readonly AsyncLocal<IUnitOfWork?> Ambient = new();

    public static IUnitOfWork? Current => Ambient.Value;

    /// <summary>
    /// Makes <paramref name="unitOfWork"/> current until the returned scope is disposed. Enter it
    /// before awaiting the rest of the turn: an AsyncLocal set inside an awaited method does not flow
    /// back to its caller.
    /// </summary>
    public static IDisposable Enter(IUnitOfWork unitOfWork)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        var previous = Ambient.Value;
        Ambient.Value = unitOfWork;
        return new Restore(previous);
    }

    private sealed class Restore(IUnitOfWork? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Ambient.Value = previous;
        }
    }
}

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>A resident waited for an answer that never came (or came wrong): an invariant violation of the run.</summary>
public sealed class SoakStallException : Exception
{
    public SoakStallException()
    {
    }

    public SoakStallException(string message)
        : base(message)
    {
    }

    public SoakStallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

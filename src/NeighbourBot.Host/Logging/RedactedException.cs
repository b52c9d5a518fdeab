namespace NeighbourBot.Host.Logging;

/// <summary>Stands in a log for an exception whose text held a secret; carries the redacted text.</summary>
public sealed class RedactedException : Exception
{
    public RedactedException()
    {
    }

    public RedactedException(string message)
        : base(message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string ToString() => Message;
}

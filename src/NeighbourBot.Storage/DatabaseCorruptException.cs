namespace NeighbourBot.Storage;

/// <summary>The database file exists but cannot be read as a LiteDB database (damaged, truncated, or another kind of file).</summary>
public sealed class DatabaseCorruptException : Exception
{
    public DatabaseCorruptException()
    {
    }

    public DatabaseCorruptException(string message)
        : base(message)
    {
    }

    public DatabaseCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DatabaseCorruptException For(string databasePath, Exception innerException) =>
        new(
            $"The database {databasePath} cannot be read: it is damaged, truncated or not a NeighbourBot database. "
            + "Restore a backup over it, or move it away to start with an empty database.",
            innerException);
}

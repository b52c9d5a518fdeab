namespace NeighbourBot.Storage;

/// <summary>Another process (the bot or a CLI verb) already has the database open.</summary>
public sealed class DatabaseLockedException : Exception
{
    public DatabaseLockedException()
    {
    }

    public DatabaseLockedException(string message)
        : base(message)
    {
    }

    public DatabaseLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static DatabaseLockedException For(string databasePath, Exception innerException) =>
        new(
            $"The database {databasePath} is already in use by another NeighbourBot process (the bot or a CLI verb). "
            + "Stop it, or set NeighbourBot:Storage:Path to another file.",
            innerException);
}

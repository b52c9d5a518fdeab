namespace NeighbourBot.Storage.State;

/// <summary>A write carried an ETag other than the stored one (and not "*"): someone else wrote first.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException()
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The same message as Bot Builder's MemoryStorage.</summary>
    public static ETagConflictException For(string? originalETag, string currentETag) =>
        new($"Etag conflict.\r\n\r\nOriginal: {originalETag}\r\nCurrent: {currentETag}");
}

namespace NeighbourBot.Geo;

/// <summary>A shipped or configured data file (quartiers, gazetteer) is missing or malformed; the message names the file and the fault.</summary>
public sealed class GeoDataException : Exception
{
    public GeoDataException()
    {
    }

    public GeoDataException(string message)
        : base(message)
    {
    }

    public GeoDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GeoDataException(string path, string problem, Exception? innerException = null)
        : base($"{path} : {problem}", innerException)
    {
        Path = path;
    }

    /// <summary>The file at fault, as resolved.</summary>
    public string? Path { get; }
}

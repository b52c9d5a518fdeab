namespace NeighbourBot.Storage;

/// <summary>Where the LiteDB file lives (section <c>NeighbourBot:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The database file, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "data/neighbourbot.db";
}

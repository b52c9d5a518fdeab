namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Document object (a general file).</summary>
internal sealed class WireDocument
{
    public required string FileId { get; init; }

    public required string FileUniqueId { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public long? FileSize { get; init; }
}

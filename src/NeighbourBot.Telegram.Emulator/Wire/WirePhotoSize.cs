namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's PhotoSize object.</summary>
internal sealed class WirePhotoSize
{
    public required string FileId { get; init; }

    public required string FileUniqueId { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public int? FileSize { get; init; }
}

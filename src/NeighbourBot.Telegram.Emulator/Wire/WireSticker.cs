namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Sticker object.</summary>
internal sealed class WireSticker
{
    public required string FileId { get; init; }

    public required string FileUniqueId { get; init; }

    public string Type { get; init; } = "regular";

    public int Width { get; init; } = 512;

    public int Height { get; init; } = 512;

    public bool IsAnimated { get; init; }

    public bool IsVideo { get; init; }

    public string? Emoji { get; init; }
}

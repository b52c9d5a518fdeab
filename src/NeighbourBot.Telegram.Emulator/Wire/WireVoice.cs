namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Voice object.</summary>
internal sealed class WireVoice
{
    public required string FileId { get; init; }

    public required string FileUniqueId { get; init; }

    public required int Duration { get; init; }

    public string? MimeType { get; init; } = "audio/ogg";
}

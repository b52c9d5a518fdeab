namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's MessageEntity object (offsets in UTF-16 code units).</summary>
internal sealed class WireMessageEntity
{
    public required string Type { get; init; }

    public required int Offset { get; init; }

    public required int Length { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }
}

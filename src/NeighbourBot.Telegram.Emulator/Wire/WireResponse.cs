namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>The envelope of every Bot API answer.</summary>
internal sealed class WireResponse
{
    public required bool Ok { get; init; }

    public object? Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public WireResponseParameters? Parameters { get; init; }
}

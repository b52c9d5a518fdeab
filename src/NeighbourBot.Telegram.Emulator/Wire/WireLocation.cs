namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Location object.</summary>
internal sealed class WireLocation
{
    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public int? LivePeriod { get; init; }
}

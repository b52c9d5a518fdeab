namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's ResponseParameters object, attached to some errors.</summary>
internal sealed class WireResponseParameters
{
    public long? MigrateToChatId { get; init; }

    public int? RetryAfter { get; init; }
}

namespace NeighbourBot.Telegram.Emulator.Faults;

/// <summary>How many faults of each kind were injected so far.</summary>
public sealed record FaultCounts(int ServerErrors, int TimeoutsBeforeEffect, int TimeoutsAfterEffect, int DropsAfterEffect)
{
    public int Total => ServerErrors + TimeoutsBeforeEffect + TimeoutsAfterEffect + DropsAfterEffect;

    /// <summary>Calls that took effect although the client saw a failure: each may explain one duplicate.</summary>
    public int AfterEffect => TimeoutsAfterEffect + DropsAfterEffect;
}

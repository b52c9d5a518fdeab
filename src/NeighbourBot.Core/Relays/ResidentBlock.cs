namespace NeighbourBot.Core.Relays;

/// <summary>One resident refused any further contact from another through the bot.</summary>
public sealed record ResidentBlock(long BlockerId, long BlockedId, DateTimeOffset At);

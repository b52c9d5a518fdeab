namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>A person created through the control API.</summary>
public sealed record EmulatedUser(long Id, string FirstName, string? Username);

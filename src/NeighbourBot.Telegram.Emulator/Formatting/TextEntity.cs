namespace NeighbourBot.Telegram.Emulator.Formatting;

/// <summary>One formatting span of a message, as Telegram reports it (offset and length in UTF-16 code units).</summary>
public sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null);

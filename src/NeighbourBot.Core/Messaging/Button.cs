namespace NeighbourBot.Core.Messaging;

/// <summary>An inline button: either a callback payload (≤ 64 bytes on Telegram) or a URL.</summary>
public sealed record Button(string Text, string? Data = null, string? Url = null);

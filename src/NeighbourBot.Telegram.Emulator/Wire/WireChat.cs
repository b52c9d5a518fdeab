namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's Chat object (the short form carried inside messages).</summary>
internal sealed class WireChat
{
    public required long Id { get; init; }

    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }
}

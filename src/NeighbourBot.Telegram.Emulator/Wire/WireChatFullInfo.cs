namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's ChatFullInfo object, answered by getChat.</summary>
internal sealed class WireChatFullInfo
{
    public required long Id { get; init; }

    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public int AccentColorId { get; init; }

    public int MaxReactionCount { get; init; } = 11;
}

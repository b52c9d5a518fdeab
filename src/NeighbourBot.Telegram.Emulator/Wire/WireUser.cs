namespace NeighbourBot.Telegram.Emulator.Wire;

/// <summary>Telegram's User object.</summary>
internal sealed class WireUser
{
    public required long Id { get; init; }

    public required bool IsBot { get; init; }

    public required string FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }

    public bool? CanJoinGroups { get; init; }

    public bool? CanReadAllGroupMessages { get; init; }

    public bool? SupportsInlineQueries { get; init; }
}

namespace NeighbourBot.Core.Residents;

/// <summary>A person who signed up with the bot; identified by their messaging-app user id.</summary>
public sealed record Resident
{
    /// <summary>The messaging app's user id (Telegram user id).</summary>
    public long Id { get; init; }

    /// <summary>The private chat where the bot reaches this resident.</summary>
    public long PrivateChatId { get; init; }

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    /// <summary>The address given at signup; only the resident and the one verifying moderator see it.</summary>
    public ResidentAddress? Address { get; init; }

    public string? QuartierId { get; init; }

    public VerificationLevel Verification { get; init; } = VerificationLevel.None;

    public VerificationMethod VerificationMethod { get; init; } = VerificationMethod.None;

    public string Language { get; init; } = "fr";

    public DigestPreference Digest { get; init; } = new();

    /// <summary>False once the resident blocked the bot (Telegram answered 403).</summary>
    public bool Reachable { get; init; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string DisplayName => FirstName;
}

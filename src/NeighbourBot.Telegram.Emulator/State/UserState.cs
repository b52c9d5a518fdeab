using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>A person on the emulated Telegram.</summary>
internal sealed class UserState(long id, string firstName, string? username, string? lastName, string languageCode)
{
    public long Id { get; } = id;

    public string FirstName { get; } = firstName;

    public string? Username { get; } = username;

    public string? LastName { get; } = lastName;

    public string LanguageCode { get; } = languageCode;

    /// <summary>Bots this person has written to in private: only those may write to them.</summary>
    public HashSet<long> StartedBots { get; } = [];

    public HashSet<long> BlockedBots { get; } = [];

    /// <summary>After a join request, the chat's admin bots may write to the person for 5 minutes even unstarted (Bot API, ChatJoinRequest.user_chat_id).</summary>
    public Dictionary<long, DateTimeOffset> MayWriteUntil { get; } = [];

    public WireUser ToWire() => new()
    {
        Id = Id,
        IsBot = false,
        FirstName = FirstName,
        LastName = LastName,
        Username = Username,
        LanguageCode = LanguageCode,
    };

    public WireChat ToPrivateChat() => new() { Id = Id, Type = "private", FirstName = FirstName, LastName = LastName, Username = Username };
}

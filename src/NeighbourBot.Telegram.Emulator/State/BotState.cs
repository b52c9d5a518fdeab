using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>One bot account: its identity, settings, pending updates and webhook.</summary>
internal sealed class BotState(long id, string token, string username, string firstName, bool privacyMode)
{
    /// <summary>Telegram's default when allowed_updates was never given.</summary>
    public static readonly IReadOnlySet<string> DefaultAllowedUpdates = new HashSet<string>(StringComparer.Ordinal)
    {
        "message", "edited_message", "callback_query", "my_chat_member", "chat_join_request",
    };

    public long Id { get; } = id;

    public string Token { get; } = token;

    public string Username { get; } = username;

    public string FirstName { get; } = firstName;

    public bool PrivacyMode { get; set; } = privacyMode;

    public List<(string Kind, WireUpdate Update)> Pending { get; } = [];

    public int NextUpdateId { get; set; } = 100_000;

    public IReadOnlySet<string> AllowedUpdates { get; set; } = DefaultAllowedUpdates;

    public WebhookState? Webhook { get; set; }

    public Dictionary<string, IReadOnlyList<WireBotCommand>> Commands { get; } = new(StringComparer.Ordinal);

    public Pulse UpdatesArrived { get; } = new();

    /// <summary>The long poll in progress; a newer getUpdates ends it with 409, as on Telegram.</summary>
    public CancellationTokenSource? ActivePoll { get; set; }

    public Dictionary<string, CallbackQueryState> CallbackQueries { get; } = new(StringComparer.Ordinal);

    public WireUser ToWire() => new() { Id = Id, IsBot = true, FirstName = FirstName, Username = Username };
}

using NeighbourBot.Telegram.Emulator.Faults;

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>One Bot API request the emulator received, with the answer it gave (or the fault it injected).</summary>
/// <param name="Sequence">Arrival order, from 1.</param>
/// <param name="BotId">The bot whose token was used; null when the token was wrong.</param>
/// <param name="Method">The method name as sent.</param>
/// <param name="Parameters">Every parameter, raw (JSON text for objects).</param>
/// <param name="Time">When it arrived, by the emulator's clock.</param>
/// <param name="StatusCode">The HTTP status answered; 0 when the connection was dropped.</param>
/// <param name="Description">Telegram's description for an error.</param>
/// <param name="Fault">The fault injected, if any.</param>
/// <param name="RetryAfter">The retry_after of a 429.</param>
public sealed record ApiCall(
    long Sequence,
    long? BotId,
    string Method,
    IReadOnlyDictionary<string, string> Parameters,
    DateTimeOffset Time,
    int StatusCode,
    string? Description,
    FaultKind? Fault,
    int? RetryAfter);

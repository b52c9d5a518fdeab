namespace NeighbourBot.Telegram.Emulator.Faults;

/// <summary>Random fault injection: how often, which kinds, on which methods, reproducible by seed.</summary>
public sealed class FaultOptions
{
    /// <summary>The methods faults apply to by default: those with an effect a retry could duplicate.</summary>
    public static readonly IReadOnlySet<string> EffectfulMethods = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "sendMessage", "sendPhoto", "editMessageText", "editMessageCaption", "editMessageReplyMarkup", "deleteMessage",
        "answerCallbackQuery", "approveChatJoinRequest", "declineChatJoinRequest", "createChatInviteLink",
    };

    /// <summary>Share of eligible calls that fail, from 0 (never) to 1 (always).</summary>
    public double Rate { get; set; }

    public int Seed { get; set; } = 20_240_601;

    public IReadOnlyList<FaultKind> Kinds { get; set; } =
        [FaultKind.ServerError, FaultKind.TimeoutBeforeEffect, FaultKind.TimeoutAfterEffect, FaultKind.DroppedAfterEffect];

    public IReadOnlySet<string> Methods { get; set; } = EffectfulMethods;

    /// <summary>How long a "timeout" holds the connection before dropping it.</summary>
    public TimeSpan TimeoutHold { get; set; } = TimeSpan.FromMilliseconds(200);
}

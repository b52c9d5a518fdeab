using NeighbourBot.Telegram.Emulator.State;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>One call being served: who calls, with what, and which message it touched (for fault records).</summary>
internal sealed class MethodContext(EmulatorCore core, BotState bot, ApiParameters parameters, long sequence)
{
    public EmulatorCore Core { get; } = core;

    public World World => Core.World;

    public BotState Bot { get; } = bot;

    public ApiParameters Parameters { get; } = parameters;

    public long Sequence { get; } = sequence;

    public long? AffectedChatId { get; private set; }

    public int? AffectedMessageId { get; private set; }

    public void Affected(long chatId, int? messageId)
    {
        AffectedChatId = chatId;
        AffectedMessageId = messageId;
    }
}

using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.Telegram.Emulator.State;

/// <summary>A button press and, once the bot has answered it, the answer.</summary>
internal sealed class CallbackQueryState(string id, long userId, long chatId, int messageId, string data)
{
    public string Id { get; } = id;

    public long UserId { get; } = userId;

    public long ChatId { get; } = chatId;

    public int MessageId { get; } = messageId;

    public string Data { get; } = data;

    public CallbackAnswer? Answer { get; set; }
}

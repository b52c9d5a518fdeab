using System.Collections.Concurrent;
using NeighbourBot.Core.Outbox;

namespace NeighbourBot.Telegram.Tests.Outbox;

/// <summary>What the sender told the domain, in order.</summary>
internal sealed class RecordingDeliveryObserver : IDeliveryObserver
{
    public ConcurrentQueue<(long Id, long? MessageId)> SentRows { get; } = new();

    public ConcurrentQueue<long> UnreachableChats { get; } = new();

    public ConcurrentQueue<(long From, long To)> Migrations { get; } = new();

    public void Sent(OutboxMessage message, long? messageId)
    {
        ArgumentNullException.ThrowIfNull(message);
        SentRows.Enqueue((message.Id, messageId));
    }

    public void Unreachable(long chatId) => UnreachableChats.Enqueue(chatId);

    public void Migrated(long fromChatId, long toChatId) => Migrations.Enqueue((fromChatId, toChatId));
}

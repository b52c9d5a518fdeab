using NeighbourBot.Core.Outbox;

namespace NeighbourBot.Storage.Outbox;

internal static class OutboxMessageExtensions
{
    /// <summary>Not delivered yet: waiting, or in flight. Such a row holds its chat's place in line.</summary>
    public static bool IsUnsent(this OutboxMessage row) => row.State is OutboxState.Pending or OutboxState.Sending;
}

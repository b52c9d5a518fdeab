using Microsoft.Bot.Builder;
using NeighbourBot.Telegram.Adapter;
using Telegram.Bot.Types;

namespace NeighbourBot.Telegram.Polling;

/// <summary>Hands a batch of updates to the adapter: chats in parallel, each chat's updates in order.</summary>
public sealed class UpdateDispatcher(TelegramAdapter adapter, IBot bot)
{
    public Task DispatchAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var chains = updates
            .GroupBy(u => TelegramAdapter.ChatIdOf(u) ?? 0)
            .Select(async chat =>
            {
                foreach (var update in chat.OrderBy(u => u.Id))
                {
                    await adapter.ProcessUpdateAsync(update, bot, cancellationToken);
                }
            });
        return Task.WhenAll(chains);
    }

    public Task DispatchAsync(Update update, CancellationToken cancellationToken) =>
        adapter.ProcessUpdateAsync(update, bot, cancellationToken);
}

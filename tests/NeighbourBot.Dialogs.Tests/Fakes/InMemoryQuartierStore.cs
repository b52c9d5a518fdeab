using System.Collections.Concurrent;
using NeighbourBot.Core.Quartiers;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB quartier store.</summary>
public sealed class InMemoryQuartierStore : IQuartierStore
{
    private readonly ConcurrentDictionary<string, Quartier> _rows = new();

    public Quartier? Find(string id) => _rows.GetValueOrDefault(id);

    public Quartier? FindByGroupChat(long chatId) => _rows.Values.FirstOrDefault(q => q.GroupChatIds.Contains(chatId));

    public IReadOnlyList<Quartier> All() => _rows.Values.ToList();

    public void Upsert(Quartier quartier) => _rows[quartier.Id] = quartier;
}

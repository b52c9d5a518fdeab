using System.Collections.Concurrent;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB invite code store.</summary>
public sealed class InMemoryInviteCodeStore : IInviteCodeStore
{
    private readonly ConcurrentDictionary<string, InviteCode> _rows = new();

    public InviteCode? Find(string code) => _rows.GetValueOrDefault(code);

    public void Upsert(InviteCode invite) => _rows[invite.Code] = invite;

    public IReadOnlyList<InviteCode> IssuedBy(long residentId) => _rows.Values.Where(i => i.IssuedBy == residentId).ToList();
}

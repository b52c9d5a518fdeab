using System.Collections.Concurrent;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB moderator verification store.</summary>
public sealed class InMemoryModeratorVerificationStore : IModeratorVerificationStore
{
    private readonly ConcurrentDictionary<string, ModeratorVerificationRequest> _rows = new();

    public IReadOnlyList<ModeratorVerificationRequest> All => _rows.Values.ToList();

    public ModeratorVerificationRequest? Find(string id) => _rows.GetValueOrDefault(id);

    public void Upsert(ModeratorVerificationRequest request) => _rows[request.Id] = request;

    public ModeratorVerificationRequest? PendingFor(long residentId) =>
        _rows.Values.FirstOrDefault(r => r.ResidentId == residentId && r.Status == ModeratorVerificationStatus.Pending);
}

using LiteDB;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Storage.Verification;

/// <summary>Moderator verification requests in LiteDB, keyed by request id; indexed by resident.</summary>
public sealed class LiteDbModeratorVerificationStore(LiteDbDatabase database) : IModeratorVerificationStore
{
    private ILiteCollection<BsonDocument> Requests => database.Collection(CollectionNames.ModeratorVerifications);

    public ModeratorVerificationRequest? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var document = Requests.FindById(id);
        return document is null ? null : database.Mapper.ToObject<ModeratorVerificationRequest>(document);
    }

    public void Upsert(ModeratorVerificationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = database.Mapper.ToDocument(request);
        database.InTransaction(() => Requests.Upsert(document));
    }

    public ModeratorVerificationRequest? PendingFor(long residentId) =>
        Requests.Find(Predicates.Eq(nameof(ModeratorVerificationRequest.ResidentId), residentId))
            .Select(database.Mapper.ToObject<ModeratorVerificationRequest>)
            .Where(r => r.Status == ModeratorVerificationStatus.Pending)
            .OrderByDescending(r => r.CreatedAt)
            .FirstOrDefault();
}

using LiteDB;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Storage.Verification;

/// <summary>Invite codes in LiteDB, keyed by the code; indexed by who issued them.</summary>
public sealed class LiteDbInviteCodeStore(LiteDbDatabase database) : IInviteCodeStore
{
    private ILiteCollection<BsonDocument> Codes => database.Collection(CollectionNames.InviteCodes);

    public InviteCode? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var document = Codes.FindById(code);
        return document is null ? null : database.Mapper.ToObject<InviteCode>(document);
    }

    public void Upsert(InviteCode invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        var document = database.Mapper.ToDocument(invite);
        database.InTransaction(() => Codes.Upsert(document));
    }

    public IReadOnlyList<InviteCode> IssuedBy(long residentId) =>
        Codes.Find(Predicates.Eq(nameof(InviteCode.IssuedBy), residentId))
            .Select(database.Mapper.ToObject<InviteCode>)
            .OrderBy(c => c.CreatedAt)
            .ToList();
}

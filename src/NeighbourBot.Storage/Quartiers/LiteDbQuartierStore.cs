using LiteDB;
using NeighbourBot.Core.Quartiers;

namespace NeighbourBot.Storage.Quartiers;

/// <summary>Quartiers in LiteDB, keyed by their map slug; linked group chats are indexed.</summary>
public sealed class LiteDbQuartierStore(LiteDbDatabase database) : IQuartierStore
{
    private ILiteCollection<BsonDocument> Quartiers => database.Collection(CollectionNames.Quartiers);

    public Quartier? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var document = Quartiers.FindById(id);
        return document is null ? null : database.Mapper.ToObject<Quartier>(document);
    }

    public Quartier? FindByGroupChat(long chatId)
    {
        var document = Quartiers.FindOne(BsonExpression.Create("$.GroupChatIds[*] ANY = @0", chatId));
        return document is null ? null : database.Mapper.ToObject<Quartier>(document);
    }

    public IReadOnlyList<Quartier> All() =>
        Quartiers.FindAll()
            .Select(database.Mapper.ToObject<Quartier>)
            .OrderBy(q => q.Id, StringComparer.Ordinal)
            .ToList();

    public void Upsert(Quartier quartier)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        var document = database.Mapper.ToDocument(quartier);
        database.InTransaction(() => Quartiers.Upsert(document));
    }
}

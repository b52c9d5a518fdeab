using System.Globalization;
using LiteDB;
using NeighbourBot.Core.Relays;

namespace NeighbourBot.Storage.Relays;

/// <summary>
/// Relays between a poster and an interested neighbour, the bot messages that belong to them (so a Telegram
/// reply is routed to the right partner), blocks between residents, and reports.
/// </summary>
public sealed class LiteDbRelayStore(LiteDbDatabase database) : IRelayStore
{
    private ILiteCollection<BsonDocument> Relays => database.Collection(CollectionNames.Relays);

    private ILiteCollection<BsonDocument> Messages => database.Collection(CollectionNames.RelayMessages);

    private ILiteCollection<BsonDocument> Blocks => database.Collection(CollectionNames.Blocks);

    private ILiteCollection<BsonDocument> Reports => database.Collection(CollectionNames.Reports);

    public Relay? Find(long id)
    {
        var document = Relays.FindById(id);
        return document is null ? null : database.Mapper.ToObject<Relay>(document);
    }

    public Relay Save(Relay relay)
    {
        ArgumentNullException.ThrowIfNull(relay);
        return database.InTransaction(() =>
        {
            var saved = relay.Id == 0 ? relay with { Id = database.NextId(CollectionNames.Relays) } : relay;
            Relays.Upsert(database.Mapper.ToDocument(saved));
            return saved;
        });
    }

    public IReadOnlyList<Relay> OpenFor(long residentId) =>
        Read(BsonExpression.Create($"({nameof(Relay.PosterId)} = @0 OR {nameof(Relay.NeighbourId)} = @0)", residentId))
            .Where(r => r.Status == RelayStatus.Open)
            .OrderByDescending(r => r.LastActivityAt)
            .ThenByDescending(r => r.Id)
            .ToList();

    public Relay? ForListingAndNeighbour(long listingId, long neighbourId) =>
        Read(Predicates.Eq(nameof(Relay.ListingId), listingId)).FirstOrDefault(r => r.NeighbourId == neighbourId);

    public IReadOnlyList<Relay> OfListing(long listingId) =>
        Read(Predicates.Eq(nameof(Relay.ListingId), listingId)).OrderBy(r => r.Id).ToList();

    public void RememberMessage(long chatId, long messageId, long relayId)
    {
        var document = new BsonDocument
        {
            ["_id"] = MessageKey(chatId, messageId),
            ["RelayId"] = relayId,
        };
        database.InTransaction(() => Messages.Upsert(document));
    }

    public long? RelayOfMessage(long chatId, long messageId) =>
        Messages.FindById(MessageKey(chatId, messageId)) is { } document ? document["RelayId"].AsInt64 : null;

    public void AddBlock(ResidentBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var document = new BsonDocument
        {
            ["_id"] = PairKey(block.BlockerId, block.BlockedId),
            ["BlockerId"] = block.BlockerId,
            ["BlockedId"] = block.BlockedId,
            ["At"] = block.At.UtcTicks,
        };
        database.InTransaction(() => Blocks.Upsert(document));
    }

    public bool IsBlocked(long residentA, long residentB) =>
        Blocks.FindById(PairKey(residentA, residentB)) is not null || Blocks.FindById(PairKey(residentB, residentA)) is not null;

    public RelayReport AddReport(RelayReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return database.InTransaction(() =>
        {
            var saved = report.Id == 0 ? report with { Id = database.NextId(CollectionNames.Reports) } : report;
            Reports.Upsert(database.Mapper.ToDocument(saved));
            return saved;
        });
    }

    private IEnumerable<Relay> Read(BsonExpression predicate) => Relays.Find(predicate).Select(database.Mapper.ToObject<Relay>);

    private static string MessageKey(long chatId, long messageId) =>
        chatId.ToString(CultureInfo.InvariantCulture) + ":" + messageId.ToString(CultureInfo.InvariantCulture);

    private static string PairKey(long blocker, long blocked) =>
        blocker.ToString(CultureInfo.InvariantCulture) + ">" + blocked.ToString(CultureInfo.InvariantCulture);
}

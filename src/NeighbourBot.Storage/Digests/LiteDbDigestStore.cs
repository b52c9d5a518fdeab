using LiteDB;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Storage.Digests;

/// <summary>Digest watermarks in LiteDB, keyed by recipient chat id, with due private digests found through an index.</summary>
public sealed class LiteDbDigestStore(LiteDbDatabase database) : IDigestStore
{
    private const string RecipientField = nameof(DigestMark.Recipient);

    private ILiteCollection<BsonDocument> Marks => database.Collection(CollectionNames.DigestMarks);

    private ILiteCollection<BsonDocument> Residents => database.Collection(CollectionNames.Residents);

    private ILiteCollection<BsonDocument> Listings => database.Collection(CollectionNames.Listings);

    public DigestMark? Find(long chatId)
    {
        var document = Marks.FindById(chatId);
        return document is null ? null : database.Mapper.ToObject<DigestMark>(document) with { Recipient = DigestRecipientDocuments.Read(document[RecipientField]) };
    }

    public void Save(DigestMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var document = database.Mapper.ToDocument(mark);
        database.InTransaction(() =>
        {
            // The snapshot is never taken from the caller (it may have read the mark a while ago): the stored one, kept in
            // step by the resident store, or a fresh one from the resident.
            if (mark.ChatId > 0 && RecipientOf(mark.ChatId) is { } recipient)
            {
                document[RecipientField] = recipient;
            }

            Marks.Upsert(document);
        });
    }

    public bool Delete(long chatId) => database.InTransaction(() => Marks.Delete(chatId));

    /// <summary>
    /// Rewrites the snapshot of the resident's mark, if they have one: the resident store calls it in the transaction that
    /// writes the resident, so a due digest never sees an older name, quartier, preference or reachability.
    /// </summary>
    internal static void Refresh(LiteDbDatabase database, Resident resident)
    {
        var marks = database.Collection(CollectionNames.DigestMarks);
        if (resident.Id > 0 && marks.FindById(resident.Id) is { } document)
        {
            document[RecipientField] = DigestRecipientDocuments.Of(resident);
            marks.Update(document);
        }
    }

    private BsonValue? RecipientOf(long chatId)
    {
        if (Marks.FindById(chatId) is { } stored && stored[RecipientField].IsDocument)
        {
            return stored[RecipientField];
        }

        return database.Collection(CollectionNames.Residents).FindById(chatId) is { } resident
            ? DigestRecipientDocuments.Of(database.Mapper.ToObject<Resident>(resident))
            : null;
    }

    public IReadOnlyList<DigestMark> DueBy(DateTimeOffset now, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        // The index keeps NextDueAt in order, so only the due marks are read, however many residents there are.
        return Marks.Query()
            .Where(Predicates.Between(nameof(DigestMark.NextDueAt), long.MinValue, now.UtcTicks))
            .OrderBy(nameof(DigestMark.NextDueAt))
            .Limit(max)
            .ToEnumerable()
            .Select(ToMark)
            .ToList();
    }

    public IReadOnlyList<DigestRecipient> Recipients(string quartierId)
    {
        // Read by hand: the general mapper costs tens of microseconds per resident, which an hourly pass over every
        // resident of the city (and the benchmark's 400,000) cannot afford. Field names are those the mapper writes.
        return Residents.Find(Predicates.Eq(nameof(Resident.QuartierId), quartierId))
            .Select(ToRecipient)
            .OrderBy(r => r.Id)
            .ToList();
    }

    public IReadOnlyList<DigestLine> OpenListingsSince(string quartierId, DateTimeOffset since) =>
        // Through the QuartierId index only, the rest filtered here: given a PublishedAt range too, LiteDB may pick that
        // index instead and read a whole city's week to serve one quartier.
        Listings.Find(Predicates.Eq(nameof(Listing.QuartierId), quartierId))
            .Where(d => d[nameof(Listing.Status)].AsString == nameof(ListingStatus.Open))
            .Select(ToLine)
            .Where(l => l.PublishedAt > since)
            .OrderBy(l => l.PublishedAt)
            .ThenBy(l => l.ListingId)
            .ToList();

    public IReadOnlyDictionary<string, IReadOnlyList<DigestLine>> OpenListingsSince(IReadOnlyCollection<string> quartierIds, DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(quartierIds);
        var wanted = quartierIds.ToHashSet(StringComparer.Ordinal);
        // The PublishedAt index reads only the listings of the period (a day for a daily recap), whatever the quartier.
        return Listings.Find(BsonExpression.Create(
                $"({nameof(Listing.PublishedAt)} > @0 AND {nameof(Listing.Status)} = @1)", since.UtcTicks, nameof(ListingStatus.Open)))
            .Select(d => (Quartier: d[nameof(Listing.QuartierId)].AsString ?? "", Line: ToLine(d)))
            .Where(x => wanted.Contains(x.Quartier))
            .GroupBy(x => x.Quartier, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<DigestLine>)[.. g.Select(x => x.Line).OrderBy(l => l.PublishedAt).ThenBy(l => l.ListingId)],
                StringComparer.Ordinal);
    }

    // Read by hand like the recipients: a city's due marks can number hundreds of thousands at a weekly peak.
    // Field names and ticks are those the mapper writes (Find uses the mapper; a spec reads both ways).
    private static DigestMark ToMark(BsonDocument document) => new()
    {
        ChatId = document["_id"].AsInt64,
        Since = Ticks(document[nameof(DigestMark.Since)]) ?? DateTimeOffset.MinValue,
        LastDueAt = Ticks(document[nameof(DigestMark.LastDueAt)]) ?? DateTimeOffset.MinValue,
        NextDueAt = Ticks(document[nameof(DigestMark.NextDueAt)]),
        Recipient = DigestRecipientDocuments.Read(document[RecipientField]),
    };

    private static DateTimeOffset? Ticks(BsonValue value) => value.IsNumber ? new DateTimeOffset(value.AsInt64, TimeSpan.Zero) : null;

    private static DigestLine ToLine(BsonDocument document)
    {
        var published = document[nameof(Listing.PublishedAt)].IsNumber ? document[nameof(Listing.PublishedAt)].AsInt64 : document[nameof(Listing.CreatedAt)].AsInt64;
        return new DigestLine(
            document["_id"].AsInt64,
            document[nameof(Listing.AuthorId)].AsInt64,
            BsonEnums.Of(document[nameof(Listing.Kind)], ListingKind.None),
            BsonEnums.Of(document[nameof(Listing.Category)], ListingCategory.None),
            new DateTimeOffset(published, TimeSpan.Zero),
            document[nameof(Listing.Title)].IsString ? document[nameof(Listing.Title)].AsString : "");
    }

    private static DigestRecipient ToRecipient(BsonDocument document)
    {
        var digest = document[nameof(Resident.Digest)];
        var preference = digest.IsDocument
            ? new DigestPreference
            {
                Frequency = BsonEnums.Of(digest[nameof(DigestPreference.Frequency)], DigestFrequency.Weekly),
                Hour = digest[nameof(DigestPreference.Hour)].IsNumber ? digest[nameof(DigestPreference.Hour)].AsInt32 : 18,
                Day = BsonEnums.Of(digest[nameof(DigestPreference.Day)], DayOfWeek.Sunday),
                Kinds = BsonEnums.ListOf<ListingKind>(digest[nameof(DigestPreference.Kinds)]),
                Categories = BsonEnums.ListOf<ListingCategory>(digest[nameof(DigestPreference.Categories)]),
            }
            : new DigestPreference();
        return new DigestRecipient(
            document["_id"].AsInt64,
            document[nameof(Resident.PrivateChatId)].IsNumber ? document[nameof(Resident.PrivateChatId)].AsInt64 : 0,
            document[nameof(Resident.FirstName)].IsString ? document[nameof(Resident.FirstName)].AsString : "",
            document[nameof(Resident.QuartierId)].IsString ? document[nameof(Resident.QuartierId)].AsString : null,
            BsonEnums.Of(document[nameof(Resident.Verification)], VerificationLevel.None),
            preference,
            !document[nameof(Resident.Reachable)].IsBoolean || document[nameof(Resident.Reachable)].AsBoolean);
    }
}

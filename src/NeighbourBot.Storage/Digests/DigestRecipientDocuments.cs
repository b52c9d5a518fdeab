using LiteDB;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Storage.Digests;

/// <summary>
/// The recipient snapshot inside a private digest mark (<c>digest_marks.Recipient</c>): only what a private digest needs
/// of the resident. Due digests are read through the marks' index; reading each resident's document as well was most of
/// a city's weekly peak. The resident store rewrites it with every change of the resident, in the same transaction.
/// </summary>
internal static class DigestRecipientDocuments
{
    public static BsonDocument Of(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var digest = resident.Digest ?? new DigestPreference();
        return new BsonDocument
        {
            ["Id"] = resident.Id,
            ["ChatId"] = resident.PrivateChatId,
            ["FirstName"] = resident.FirstName,
            ["QuartierId"] = resident.QuartierId is null ? BsonValue.Null : new BsonValue(resident.QuartierId),
            ["Verification"] = resident.Verification.ToString(),
            ["Frequency"] = digest.Frequency.ToString(),
            ["Hour"] = digest.Hour,
            ["Day"] = digest.Day.ToString(),
            ["Kinds"] = new BsonArray(digest.Kinds.Select(k => new BsonValue(k.ToString()))),
            ["Categories"] = new BsonArray(digest.Categories.Select(c => new BsonValue(c.ToString()))),
            ["Reachable"] = resident.Reachable,
        };
    }

    /// <summary>The snapshot of a stored mark, or null when it has none (a group, or a mark written before snapshots).</summary>
    public static DigestRecipient? Read(BsonValue value)
    {
        if (!value.IsDocument || !value["Id"].IsNumber)
        {
            return null;
        }

        var document = value.AsDocument;
        var preference = new DigestPreference
        {
            Frequency = BsonEnums.Of(document["Frequency"], DigestFrequency.Weekly),
            Hour = document["Hour"].IsNumber ? document["Hour"].AsInt32 : 18,
            Day = BsonEnums.Of(document["Day"], DayOfWeek.Sunday),
            Kinds = BsonEnums.ListOf<ListingKind>(document["Kinds"]),
            Categories = BsonEnums.ListOf<ListingCategory>(document["Categories"]),
        };
        return new DigestRecipient(
            document["Id"].AsInt64,
            document["ChatId"].IsNumber ? document["ChatId"].AsInt64 : 0,
            document["FirstName"].IsString ? document["FirstName"].AsString : "",
            document["QuartierId"].IsString ? document["QuartierId"].AsString : null,
            BsonEnums.Of(document["Verification"], VerificationLevel.None),
            preference,
            !document["Reachable"].IsBoolean || document["Reachable"].AsBoolean);
    }
}

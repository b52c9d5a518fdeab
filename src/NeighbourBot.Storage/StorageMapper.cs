using LiteDB;
using NeighbourBot.Core.Alerts;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;

namespace NeighbourBot.Storage;

/// <summary>The one <see cref="BsonMapper"/> of the process, configured for the Core records.</summary>
internal static class StorageMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            // Records hold "" and null on purpose: LiteDB's defaults would trim strings, turn "" into
            // null and drop null fields, so a record would not read back equal to what was written.
            SerializeNullValues = true,
            TrimWhitespace = false,
            EmptyStringToNull = false,

            // Enums by name: Core enums have implicit values, and inserting a member must not
            // change what is already stored.
            EnumAsInteger = false,
        };

        // LiteDB's own DateTimeOffset mapping goes through a BSON date, which keeps milliseconds
        // only; ticks keep the exact instant (and compare as numbers in queries).
        mapper.RegisterType(
            value => new BsonValue(value.UtcTicks),
            bson => new DateTimeOffset(bson.AsInt64, TimeSpan.Zero));

        // Computed from other fields: storing them would only duplicate data.
        mapper.Entity<Resident>().Ignore(r => r.DisplayName);
        mapper.Entity<Listing>().Ignore(l => l.BroadcastText);

        // Records keyed by something other than an "Id" property.
        mapper.Entity<InviteCode>().Id(c => c.Code, autoId: false);
        mapper.Entity<OutOfAreaDemand>().Id(d => d.CityCode, autoId: false);
        mapper.Entity<PendingAddress>().Id(p => p.ResidentId, autoId: false);
        mapper.Entity<ModerationCase>().Ignore(c => c.IsPending);
        // The recipient snapshot is written and read by hand (LiteDbDigestStore), carried over from the stored mark.
        mapper.Entity<DigestMark>().Id(m => m.ChatId, autoId: false).Ignore(m => m.Recipient);

        return mapper;
    }

    /// <summary>
    /// Builds every entity mapper once, on the calling thread: LiteDB 5.0.21's BsonMapper can hand a
    /// half-built mapper to a second thread (fixed in 5.0.22, which we cannot use).
    /// </summary>
    public static void WarmUp(BsonMapper mapper)
    {
        RoundTrip(mapper, SampleResident());
        RoundTrip(mapper, SampleQuartier());
        RoundTrip(mapper, SampleListing());
        RoundTrip(mapper, SampleOutboxMessage());
        RoundTrip(mapper, new InviteCode { Code = "warm-up", UsedBy = 1, UsedAt = DateTimeOffset.UnixEpoch });
        RoundTrip(mapper, new ModeratorVerificationRequest { Id = "warm-up", AskedIds = [1], ClaimedBy = 1, DecidedBy = 1, DecidedAt = DateTimeOffset.UnixEpoch });
        RoundTrip(mapper, new OutOfAreaDemand { CityCode = "warm-up" });
        RoundTrip(mapper, new Relay { Id = 1, ClosedAt = DateTimeOffset.UnixEpoch });
        RoundTrip(mapper, new RelayReport { Id = 1, ListingId = 1, ReportedId = 1, RelayId = 1 });
        RoundTrip(mapper, new Alert { Id = 1, Words = ["warm-up"], CreatedAt = DateTimeOffset.UnixEpoch });
        RoundTrip(mapper, new PendingAddress { ResidentId = 1, Proposals = [new ResidentAddress { Label = "warm-up" }] });
        RoundTrip(mapper, new ModerationCase
        {
            Id = 1,
            Reports = [new ListingReport(1, ReportReason.Scam, DateTimeOffset.UnixEpoch)],
            ScamSignals = ["warm-up"],
            HiddenAt = DateTimeOffset.UnixEpoch,
            Decision = ModerationDecision.Keep,
            DecidedBy = 1,
            DecidedAt = DateTimeOffset.UnixEpoch,
        });
        RoundTrip(mapper, new ModerationAuditEntry { Id = 1, Reason = "warm-up", At = DateTimeOffset.UnixEpoch });
        RoundTrip(mapper, new AuthorBlock(1, 1, 1, DateTimeOffset.UnixEpoch));
        RoundTrip(mapper, new DigestMark { ChatId = 1, NextDueAt = DateTimeOffset.UnixEpoch });
    }

    private static void RoundTrip<T>(BsonMapper mapper, T sample)
    {
        var document = mapper.ToDocument(sample);
        _ = mapper.ToObject<T>(document);
    }

    private static Resident SampleResident() => new()
    {
        Id = 1,
        Address = new ResidentAddress { Label = "warm-up" },
        QuartierId = "warm-up",
        Digest = new DigestPreference { Kinds = [ListingKind.Give], Categories = [ListingCategory.Other], LastSentAt = DateTimeOffset.UnixEpoch },
    };

    private static Quartier SampleQuartier() => new() { Id = "warm-up", GroupChatIds = [1], ModeratorIds = [1] };

    private static Listing SampleListing() => new()
    {
        Id = 1,
        Items = ["warm-up"],
        Quantity = 1,
        PriceEur = 1m,
        WhenStart = DateTimeOffset.UnixEpoch,
        PhotoIds = ["warm-up"],
        ReservedFor = 1,
        Broadcasts = [new BroadcastRef(1, 1, IsPhoto: false)],
        PublishedAt = DateTimeOffset.UnixEpoch,
        ExpiresAt = DateTimeOffset.UnixEpoch,
        ExpiryReminderSentAt = DateTimeOffset.UnixEpoch,
    };

    private static OutboxMessage SampleOutboxMessage() => new()
    {
        Id = 1,
        Action = new OutboundAction { Buttons = [[new Button("warm-up", Data: "x")]], PhotoId = "x", MessageId = 1 },
        SentMessageId = 1,
    };
}

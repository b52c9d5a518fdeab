using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage.Digests;
using NeighbourBot.Storage.Residents;

namespace NeighbourBot.Storage.Tests.Digests;

public sealed class LiteDbDigestStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Watermarks_read_back_exactly_after_a_reopen_and_only_due_ones_come_back_earliest_first()
    {
        var now = Samples.Now;
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var store = new LiteDbDigestStore(database);
            store.Save(new DigestMark { ChatId = -100500, Since = now.AddDays(-1), LastDueAt = now.AddHours(-1) });
            store.Save(new DigestMark { ChatId = 101, Since = now.AddDays(-7), LastDueAt = now, NextDueAt = now.AddMinutes(-5) });
            store.Save(new DigestMark { ChatId = 102, Since = now, LastDueAt = now, NextDueAt = now.AddMinutes(-30) });
            store.Save(new DigestMark { ChatId = 103, Since = now, LastDueAt = now, NextDueAt = now.AddTicks(1) });
            store.Save(new DigestMark { ChatId = 104, Since = now, LastDueAt = now, NextDueAt = null });
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var read = new LiteDbDigestStore(reopened);

        Assert.Equal(new DigestMark { ChatId = -100500, Since = now.AddDays(-1), LastDueAt = now.AddHours(-1) }, read.Find(-100500));
        Assert.Equal([102L, 101L], read.DueBy(now, 10).Select(m => m.ChatId));
        Assert.Equal([102L], read.DueBy(now, 1).Select(m => m.ChatId));
        Assert.Equal([102L, 101L, 103L], read.DueBy(now.AddTicks(1), 10).Select(m => m.ChatId));
        Assert.Equal(read.Find(101), read.DueBy(now, 10)[1]);
        Assert.True(read.Delete(101));
        Assert.Null(read.Find(101));
    }

    [Fact]
    public void A_resident_digest_preference_with_kinds_and_categories_survives_a_reopen_and_reads_back_the_same_through_the_light_read()
    {
        var resident = new Resident
        {
            Id = 7,
            PrivateChatId = 7,
            FirstName = "Sophie",
            QuartierId = "centre-ville",
            Verification = VerificationLevel.Verified,
            Reachable = false,
            Digest = new DigestPreference
            {
                Frequency = DigestFrequency.Daily,
                Hour = 8,
                Kinds = [Core.Listings.ListingKind.Give],
                Categories = [Core.Listings.ListingCategory.Kids, Core.Listings.ListingCategory.Furniture],
            },
        };
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            new LiteDbResidentStore(database).Upsert(resident);
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var digest = new LiteDbResidentStore(reopened).Find(7)!.Digest;
        var recipient = Assert.Single(new LiteDbDigestStore(reopened).Recipients("centre-ville"));

        Assert.Equal(DigestRecipient.Of(resident) with { Preference = digest }, recipient with { Preference = digest });
        Assert.Equal(digest with { Kinds = [], Categories = [] }, recipient.Preference with { Kinds = [], Categories = [] });
        Assert.Equal(digest.Kinds, recipient.Preference.Kinds);
        Assert.Equal(digest.Categories, recipient.Preference.Categories);
        Assert.Empty(new LiteDbDigestStore(reopened).Recipients("gresilles"));

        Assert.Equal((DigestFrequency.Daily, 8), (digest.Frequency, digest.Hour));
        Assert.Equal([Core.Listings.ListingKind.Give], digest.Kinds);
        Assert.Equal([Core.Listings.ListingCategory.Kids, Core.Listings.ListingCategory.Furniture], digest.Categories);
    }

    [Fact]
    public void A_due_watermark_carries_its_resident_as_last_written_even_after_every_kind_of_change_and_a_reopen()
    {
        var now = Samples.Now;
        var sophie = new Resident
        {
            Id = 7,
            PrivateChatId = 7,
            FirstName = "Sophie",
            QuartierId = "centre-ville",
            Verification = VerificationLevel.Verified,
            Digest = new DigestPreference { Frequency = DigestFrequency.Daily, Hour = 8, Kinds = [Core.Listings.ListingKind.Give] },
        };
        var moved = sophie with
        {
            FirstName = "Sophia",
            QuartierId = "gresilles",
            Verification = VerificationLevel.Address,
            Reachable = false,
            Digest = new DigestPreference { Frequency = DigestFrequency.Weekly, Day = DayOfWeek.Monday, Hour = 19, Categories = [Core.Listings.ListingCategory.Kids] },
        };
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var residents = new LiteDbResidentStore(database);
            var marks = new LiteDbDigestStore(database);
            residents.Upsert(sophie);
            marks.Save(new DigestMark { ChatId = 7, Since = now.AddDays(-1), LastDueAt = now.AddDays(-1), NextDueAt = now.AddMinutes(-1) });
            AssertSame(DigestRecipient.Of(sophie), Assert.Single(marks.DueBy(now, 10)).Recipient);

            residents.Upsert(moved);
            AssertSame(DigestRecipient.Of(moved), Assert.Single(marks.DueBy(now, 10)).Recipient);
            AssertSame(DigestRecipient.Of(moved), marks.Find(7)!.Recipient);
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        AssertSame(DigestRecipient.Of(moved), Assert.Single(new LiteDbDigestStore(reopened).DueBy(now, 10)).Recipient);
    }

    [Fact]
    public void A_snapshot_handed_in_with_a_watermark_is_never_written_the_stored_resident_is()
    {
        var now = Samples.Now;
        var sophie = new Resident { Id = 7, PrivateChatId = 7, FirstName = "Sophie", QuartierId = "centre-ville", Verification = VerificationLevel.Verified };
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var residents = new LiteDbResidentStore(database);
        var marks = new LiteDbDigestStore(database);
        residents.Upsert(sophie);
        var stale = DigestRecipient.Of(sophie with { FirstName = "Ancien nom", QuartierId = "universite", Reachable = false });

        // First a mark with no stored snapshot yet (taken from the resident), then one replacing it (carried over).
        marks.Save(new DigestMark { ChatId = 7, Since = now, LastDueAt = now, NextDueAt = now, Recipient = stale });
        AssertSame(DigestRecipient.Of(sophie), marks.Find(7)!.Recipient);
        marks.Save(new DigestMark { ChatId = 7, Since = now, LastDueAt = now, NextDueAt = now.AddDays(1), Recipient = stale });
        AssertSame(DigestRecipient.Of(sophie), marks.Find(7)!.Recipient);

        // Groups, the schedule and residents the store does not know carry none.
        marks.Save(new DigestMark { ChatId = -100500, Since = now, LastDueAt = now, Recipient = stale });
        marks.Save(new DigestMark { ChatId = 99, Since = now, LastDueAt = now, NextDueAt = now, Recipient = stale });
        Assert.Null(marks.Find(-100500)!.Recipient);
        Assert.Null(marks.Find(99)!.Recipient);
    }

    [Fact]
    public void Deleting_a_resident_deletes_their_watermark_and_its_snapshot()
    {
        var now = Samples.Now;
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var residents = new LiteDbResidentStore(database);
        var marks = new LiteDbDigestStore(database);
        residents.Upsert(new Resident { Id = 7, PrivateChatId = 7, FirstName = "Sophie", QuartierId = "centre-ville", Verification = VerificationLevel.Verified });
        marks.Save(new DigestMark { ChatId = 7, Since = now, LastDueAt = now, NextDueAt = now });

        Assert.True(residents.Delete(7));

        Assert.Null(marks.Find(7));
        Assert.Empty(marks.DueBy(now, 10));
    }

    private static void AssertSame(DigestRecipient expected, DigestRecipient? actual)
    {
        Assert.NotNull(actual);

        // The preference's lists compare by reference in a record: compared by content here.
        Assert.Equal(expected with { Preference = new() }, actual with { Preference = new() });
        Assert.Equal(expected.Preference with { Kinds = [], Categories = [] }, actual.Preference with { Kinds = [], Categories = [] });
        Assert.Equal(expected.Preference.Kinds, actual.Preference.Kinds);
        Assert.Equal(expected.Preference.Categories, actual.Preference.Categories);
    }

    [Fact]
    public void Only_open_listings_of_the_quartier_published_after_the_watermark_come_back_as_digest_lines()
    {
        var now = Samples.Now;
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var listings = new Storage.Listings.LiteDbListingStore(database);
        Core.Listings.Listing Save(string title, Core.Listings.ListingStatus status, DateTimeOffset published, string quartier = "centre-ville") =>
            listings.Save(new Core.Listings.Listing
            {
                AuthorId = 101,
                QuartierId = quartier,
                Kind = Core.Listings.ListingKind.Lend,
                Category = Core.Listings.ListingCategory.DiyTools,
                Title = title,
                Status = status,
                CreatedAt = published,
                PublishedAt = published,
            });
        var fresh = Save("Perceuse", Core.Listings.ListingStatus.Open, now.AddHours(-1));
        Save("Ancienne", Core.Listings.ListingStatus.Open, now.AddDays(-2));
        Save("Donnée", Core.Listings.ListingStatus.Given, now.AddHours(-1));
        Save("Ailleurs", Core.Listings.ListingStatus.Open, now.AddHours(-1), "gresilles");
        Save("Au ras", Core.Listings.ListingStatus.Open, now.AddDays(-1));

        var lines = new LiteDbDigestStore(database).OpenListingsSince("centre-ville", now.AddDays(-1));
        var citywide = new LiteDbDigestStore(database).OpenListingsSince(["centre-ville", "gresilles", "universite"], now.AddDays(-1));
        var oneQuartier = new LiteDbDigestStore(database).OpenListingsSince(["gresilles"], now.AddDays(-1));

        Assert.Equal([DigestLine.Of(fresh)], lines);
        Assert.Equal(["centre-ville", "gresilles"], citywide.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([DigestLine.Of(fresh)], citywide["centre-ville"]);
        Assert.Equal(["Ailleurs"], citywide["gresilles"].Select(l => l.Title));
        Assert.Equal(["gresilles"], oneQuartier.Keys);
    }
}

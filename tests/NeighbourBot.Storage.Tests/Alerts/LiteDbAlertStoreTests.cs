using NeighbourBot.Core.Alerts;
using NeighbourBot.Storage.Alerts;
using NeighbourBot.Storage.Listings;

namespace NeighbourBot.Storage.Tests.Alerts;

public sealed class LiteDbAlertStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_alert_reads_back_exactly_after_the_database_is_reopened()
    {
        var alert = new Alert
        {
            ResidentId = 101,
            QuartierId = "centre-ville",
            Query = "Vélos d'enfant",
            Words = ["velo", "enfant"],
            CreatedAt = Samples.Now,
        };
        Alert saved;
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            saved = new LiteDbAlertStore(database).Save(alert);
        }

        using (var reopened = new LiteDbDatabase(_folder.DatabasePath))
        {
            var store = new LiteDbAlertStore(reopened);
            var read = store.Find(saved.Id);

            Assert.NotNull(read);
            Assert.Equal(saved with { Words = [] }, read with { Words = [] });
            Assert.Equal(["velo", "enfant"], read.Words);
            Assert.Equal([saved.Id], store.ByResident(101).Select(a => a.Id));
        }
    }

    [Fact]
    public void A_listing_remembers_when_its_poster_was_asked_about_expiry_after_reopen()
    {
        var asked = Samples.Now.AddTicks(12345);
        long id;
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            id = new LiteDbListingStore(database).Save(Samples.Listing() with { ExpiryReminderSentAt = asked }).Id;
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        Assert.Equal(asked, new LiteDbListingStore(reopened).Find(id)!.ExpiryReminderSentAt);
    }

    [Fact]
    public void Alerts_are_found_by_resident_and_by_quartier_and_deleted_for_good()
    {
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var store = new LiteDbAlertStore(database);
        var first = store.Save(new Alert { ResidentId = 1, QuartierId = "centre-ville", Words = ["velo"] });
        var second = store.Save(new Alert { ResidentId = 1, QuartierId = "centre-ville", Words = ["table"] });
        var other = store.Save(new Alert { ResidentId = 2, QuartierId = "montchapet", Words = ["velo"] });

        Assert.Equal([first.Id, second.Id], store.ByResident(1).Select(a => a.Id));
        Assert.Equal([other.Id], store.InQuartier("montchapet").Select(a => a.Id));

        Assert.True(store.Delete(first.Id));
        Assert.False(store.Delete(first.Id));

        Assert.Null(store.Find(first.Id));
        Assert.Equal([second.Id], store.ByResident(1).Select(a => a.Id));
        var third = store.Save(new Alert { ResidentId = 1, QuartierId = "centre-ville", Words = ["lit"] });
        Assert.True(third.Id > other.Id, "an id is never reused");
    }
}

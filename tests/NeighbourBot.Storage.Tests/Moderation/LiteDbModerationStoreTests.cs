using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Storage.Moderation;

namespace NeighbourBot.Storage.Tests.Moderation;

public sealed class LiteDbModerationStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_case_with_its_reports_and_decision_reads_back_exactly_after_the_database_is_reopened()
    {
        var decided = new ModerationCase
        {
            ListingId = 7,
            QuartierId = "centre-ville",
            AuthorId = 101,
            Origin = ModerationOrigin.Reports,
            Reports = [new ListingReport(102, ReportReason.Scam, Samples.Now), new ListingReport(103, ReportReason.Commercial, Samples.Now.AddTicks(1))],
            StatusBefore = ListingStatus.Reserved,
            HiddenAt = Samples.Now.AddTicks(2),
            Decision = ModerationDecision.Keep,
            DecidedBy = 106,
            DecidedAt = Samples.Now.AddTicks(3),
            CreatedAt = Samples.Now,
        };
        var held = new ModerationCase
        {
            ListingId = 8,
            QuartierId = "centre-ville",
            AuthorId = 101,
            Origin = ModerationOrigin.ScamSignals,
            ScamSignals = ["coupon_payment", "seller_abroad"],
            CreatedAt = Samples.Now.AddMinutes(1),
        };
        ModerationCase savedDecided, savedHeld;
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var store = new LiteDbModerationStore(database);
            savedDecided = store.Save(decided);
            savedHeld = store.Save(held);
            store.BlockAuthor(new AuthorBlock(101, 106, savedDecided.Id, Samples.Now));
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var read = new LiteDbModerationStore(reopened);
        var back = read.Find(savedDecided.Id);
        Assert.NotNull(back);
        Assert.Equal(savedDecided with { Reports = [], ScamSignals = [] }, back with { Reports = [], ScamSignals = [] });
        Assert.Equal(savedDecided.Reports, back.Reports);
        Assert.False(back.IsPending);
        Assert.Equal(["coupon_payment", "seller_abroad"], read.Find(savedHeld.Id)!.ScamSignals);
        Assert.Null(read.PendingForListing(7));
        Assert.Equal(savedHeld.Id, read.PendingForListing(8)?.Id);
        Assert.True(read.IsAuthorBlocked(101));
        Assert.False(read.IsAuthorBlocked(102));
    }

    [Fact]
    public void Pending_cases_are_listed_by_quartier_oldest_first_and_ids_are_never_reused()
    {
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var store = new LiteDbModerationStore(database);
        var later = store.Save(new ModerationCase { ListingId = 1, QuartierId = "centre-ville", CreatedAt = Samples.Now.AddHours(1) });
        var earlier = store.Save(new ModerationCase { ListingId = 2, QuartierId = "centre-ville", CreatedAt = Samples.Now });
        var elsewhere = store.Save(new ModerationCase { ListingId = 3, QuartierId = "gresilles", CreatedAt = Samples.Now });
        store.Save(new ModerationCase { ListingId = 4, QuartierId = "centre-ville", Decision = ModerationDecision.Hide, CreatedAt = Samples.Now });

        Assert.Equal([earlier.Id, later.Id], store.Pending(["centre-ville"]).Select(c => c.Id));
        Assert.Equal([earlier.Id, elsewhere.Id, later.Id], store.AllPending().Select(c => c.Id));
        Assert.Equal([later.Id], store.ForListing(1).Select(c => c.Id));
        Assert.True(store.Save(new ModerationCase { ListingId = 5 }).Id > elsewhere.Id + 1);
    }

    [Fact]
    public void The_audit_log_keeps_who_what_when_and_why_in_order_after_a_restart()
    {
        var hidden = new ModerationAuditEntry
        {
            CaseId = 3,
            ListingId = 7,
            QuartierId = "centre-ville",
            ActorId = 0,
            Action = ModerationAction.AutoHidden,
            Reason = "3 signalement(s) : arnaque ×2, commercial",
            At = Samples.Now,
        };
        var kept = hidden with { ActorId = 106, Action = ModerationAction.Kept, At = Samples.Now.AddMinutes(5) };
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var log = new LiteDbModerationAuditLog(database);
            log.Append(hidden);
            log.Append(kept);
            log.Append(hidden with { ListingId = 8, At = Samples.Now.AddDays(-1) });
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var read = new LiteDbModerationAuditLog(reopened);
        Assert.Equal([hidden with { Id = 1 }, kept with { Id = 2 }], read.ForListing(7));
        Assert.Equal([1L, 2L], read.Since(Samples.Now).Select(e => e.Id));
        Assert.Equal(4, read.Append(kept).Id);
    }
}

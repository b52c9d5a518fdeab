using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Storage.Verification;

namespace NeighbourBot.Storage.Tests.Verification;

public sealed class VerificationStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Invite_codes_moderator_requests_demand_and_pending_addresses_survive_a_restart()
    {
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            new LiteDbInviteCodeStore(database).Upsert(new InviteCode { Code = "K7PQ2M", QuartierId = "gresilles", IssuedBy = 7, CreatedAt = Now, ExpiresAt = Now.AddDays(7) });
            new LiteDbModeratorVerificationStore(database).Upsert(new ModeratorVerificationRequest { Id = "r1", ResidentId = 9, QuartierId = "gresilles", AskedIds = [3, 4], CreatedAt = Now });
            var demand = new LiteDbOutOfAreaDemandStore(database);
            demand.Record("21617", "Talant", Now);
            demand.Record("21617", "Talant", Now.AddHours(1));
            demand.Record("21166", "Chenôve", Now);
            new LiteDbPendingAddressStore(database).Upsert(new PendingAddress
            {
                ResidentId = 9, ChatId = 9, TypedText = "12 rue Monge", CreatedAt = Now, NextAttemptAt = Now.AddMinutes(1),
                Proposals = [new ResidentAddress { Label = "12 Rue Monge 21000 Dijon", Latitude = 47.3, Longitude = 5.03 }],
            });
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var code = new LiteDbInviteCodeStore(reopened).Find("K7PQ2M");
        Assert.Equal(7, code?.IssuedBy);
        Assert.Single(new LiteDbInviteCodeStore(reopened).IssuedBy(7));
        Assert.Equal([3L, 4L], new LiteDbModeratorVerificationStore(reopened).PendingFor(9)?.AskedIds);
        var all = new LiteDbOutOfAreaDemandStore(reopened).All();
        Assert.Equal(("21617", "Talant", 2), (all[0].CityCode, all[0].CityName, all[0].Count));
        Assert.Equal(Now.AddHours(1), all[0].LastAt);
        Assert.Equal("Chenôve", all[1].CityName);
        var pending = new LiteDbPendingAddressStore(reopened);
        Assert.Empty(pending.Due(Now, 10));
        var due = Assert.Single(pending.Due(Now.AddMinutes(1), 10));
        Assert.Equal("12 Rue Monge 21000 Dijon", Assert.Single(due.Proposals).Label);
    }

    [Fact]
    public void A_decided_request_is_no_longer_pending_and_a_removed_address_is_gone()
    {
        using var database = new LiteDbDatabase(_folder.DatabasePath);
        var requests = new LiteDbModeratorVerificationStore(database);
        requests.Upsert(new ModeratorVerificationRequest { Id = "r1", ResidentId = 9, CreatedAt = Now });
        requests.Upsert(requests.Find("r1")! with { Status = ModeratorVerificationStatus.Refused, DecidedBy = 3, DecidedAt = Now });
        var pending = new LiteDbPendingAddressStore(database);
        pending.Upsert(new PendingAddress { ResidentId = 9, NextAttemptAt = Now });

        Assert.Null(requests.PendingFor(9));
        Assert.True(pending.Remove(9));
        Assert.Null(pending.Find(9));
        Assert.Empty(pending.Due(Now.AddDays(1), 10));
    }
}

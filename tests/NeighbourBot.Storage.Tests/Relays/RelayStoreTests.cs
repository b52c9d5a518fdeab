using NeighbourBot.Core.Relays;
using NeighbourBot.Storage.Relays;

namespace NeighbourBot.Storage.Tests.Relays;

public sealed class RelayStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Relays_their_messages_blocks_and_reports_survive_a_restart()
    {
        long first;
        using (var database = new LiteDbDatabase(_folder.DatabasePath))
        {
            var store = new LiteDbRelayStore(database);
            first = store.Save(new Relay { ListingId = 5, PosterId = 1, NeighbourId = 2, OpenedAt = Now, LastActivityAt = Now }).Id;
            store.Save(new Relay { ListingId = 6, PosterId = 3, NeighbourId = 1, OpenedAt = Now, LastActivityAt = Now.AddMinutes(5) });
            store.Save(new Relay { ListingId = 7, PosterId = 1, NeighbourId = 4, Status = RelayStatus.Closed, OpenedAt = Now, LastActivityAt = Now.AddHours(1) });
            store.RememberMessage(2, 77, first);
            store.AddBlock(new ResidentBlock(2, 1, Now));
            store.AddReport(new RelayReport { ReporterId = 2, ReportedId = 1, RelayId = first, At = Now });
        }

        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        var relays = new LiteDbRelayStore(reopened);
        Assert.Equal([6L, 5L], relays.OpenFor(1).Select(r => r.ListingId));
        Assert.Equal(first, relays.ForListingAndNeighbour(5, 2)?.Id);
        Assert.Null(relays.ForListingAndNeighbour(5, 9));
        Assert.Equal(first, relays.RelayOfMessage(2, 77));
        Assert.Null(relays.RelayOfMessage(1, 77));
        Assert.True(relays.IsBlocked(1, 2));
        Assert.False(relays.IsBlocked(1, 3));
        Assert.Equal(2, relays.AddReport(new RelayReport { ReporterId = 4, At = Now }).Id);
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Host.Delivery;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Quartiers;
using NeighbourBot.Storage.Relays;
using NeighbourBot.Storage.Residents;

namespace NeighbourBot.Host.Tests;

/// <summary>What the outbox learns flows back into the domain, in a real database.</summary>
public sealed class DeliveryObserverTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nb-observer-").FullName;
    private readonly LiteDbDatabase _database;
    private readonly LiteDbListingStore _listings;
    private readonly LiteDbResidentStore _residents;
    private readonly LiteDbQuartierStore _quartiers;
    private readonly LiteDbRelayStore _relays;
    private readonly DomainDeliveryObserver _observer;

    public DeliveryObserverTests()
    {
        _database = new LiteDbDatabase(Path.Combine(_folder, "bot.db"));
        _listings = new LiteDbListingStore(_database);
        _residents = new LiteDbResidentStore(_database);
        _quartiers = new LiteDbQuartierStore(_database);
        _relays = new LiteDbRelayStore(_database);
        _observer = new DomainDeliveryObserver(_listings, _residents, _quartiers, _relays, NullLogger<DomainDeliveryObserver>.Instance);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_broadcast_records_its_message_id_on_the_listing_so_it_can_be_edited_later()
    {
        var listing = _listings.Save(new Listing { AuthorId = 1, QuartierId = "gresilles", Status = ListingStatus.Open, Title = "télé" });

        _observer.Sent(Row(-500, "listing:" + listing.Id, OutboundActionKind.SendPhoto), 321);

        Assert.Equal(new BroadcastRef(-500, 321, IsPhoto: true), Assert.Single(_listings.Find(listing.Id)!.Broadcasts));
    }

    [Fact]
    public void A_relayed_message_is_remembered_so_a_telegram_reply_finds_its_relay()
    {
        _observer.Sent(Row(1002, "relay:9", OutboundActionKind.SendText), 55);

        Assert.Equal(9, _relays.RelayOfMessage(1002, 55));
    }

    [Fact]
    public void A_resident_who_blocked_the_bot_becomes_unreachable_and_a_lost_group_is_unlinked()
    {
        _residents.Upsert(new Resident { Id = 1002, FirstName = "Paul" });
        _quartiers.Upsert(new Quartier { Id = "gresilles", Name = "Grésilles", GroupChatIds = [-500, -600] });

        _observer.Unreachable(1002);
        _observer.Unreachable(-500);

        Assert.False(_residents.Find(1002)!.Reachable);
        Assert.Equal([-600L], _quartiers.Find("gresilles")!.GroupChatIds);
    }

    [Fact]
    public void A_group_that_became_a_supergroup_keeps_its_quartier()
    {
        _quartiers.Upsert(new Quartier { Id = "gresilles", Name = "Grésilles", GroupChatIds = [-500] });

        _observer.Migrated(-500, -100500);

        Assert.Equal([-100500L], _quartiers.Find("gresilles")!.GroupChatIds);
    }

    private static OutboxMessage Row(long chatId, string correlation, OutboundActionKind kind) => new()
    {
        Id = 1,
        ChatId = chatId,
        Correlation = correlation,
        Action = new OutboundAction { Kind = kind, ChatId = chatId, Text = "x" },
    };
}

using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Host.Delivery;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Outbox;
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
    private readonly LiteDbOutboxStore _outbox;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly DomainDeliveryObserver _observer;

    public DeliveryObserverTests()
    {
        _database = new LiteDbDatabase(Path.Combine(_folder, "bot.db"));
        _listings = new LiteDbListingStore(_database);
        _residents = new LiteDbResidentStore(_database);
        _quartiers = new LiteDbQuartierStore(_database);
        _relays = new LiteDbRelayStore(_database);
        _outbox = new LiteDbOutboxStore(_database);
        var map = GeoJsonQuartierMap.Load(Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "quartiers.geojson"));
        _observer = new DomainDeliveryObserver(
            _listings, _residents, _quartiers, _relays, _outbox, new ListingBroadcaster(new QuartierNames(_quartiers, map)), _clock, NullLogger<DomainDeliveryObserver>.Instance);
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
    public void A_listing_reserved_while_its_broadcast_waited_gets_its_fresh_group_message_edited_to_reserved()
    {
        var queuedAt = _clock.GetUtcNow();
        _residents.Upsert(new Resident { Id = 1, FirstName = "Marie" });
        var listing = _listings.Save(new Listing
        {
            AuthorId = 1, QuartierId = "gresilles", Status = ListingStatus.Reserved, Title = "télé", Kind = ListingKind.Give,
            CreatedAt = queuedAt, PublishedAt = queuedAt, UpdatedAt = queuedAt.AddMinutes(2),
        });
        _clock.Advance(TimeSpan.FromMinutes(3));

        _observer.Sent(Row(-500, "listing:" + listing.Id, OutboundActionKind.SendText) with { CreatedAt = queuedAt }, 321);

        var edit = Assert.Single(_outbox.Due(_clock.GetUtcNow(), 10, new HashSet<long>()));
        Assert.Equal(OutboundActionKind.EditText, edit.Action.Kind);
        Assert.Equal((-500L, 321L), (edit.ChatId, edit.Action.MessageId!.Value));
        Assert.Contains("Réservé", edit.Action.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_unchanged_since_its_broadcast_was_queued_needs_no_edit()
    {
        var queuedAt = _clock.GetUtcNow();
        var listing = _listings.Save(new Listing { AuthorId = 1, QuartierId = "gresilles", Status = ListingStatus.Open, Title = "télé", UpdatedAt = queuedAt });

        _observer.Sent(Row(-500, "listing:" + listing.Id, OutboundActionKind.SendText) with { CreatedAt = queuedAt }, 321);

        Assert.Empty(_outbox.Due(_clock.GetUtcNow().AddDays(1), 10, new HashSet<long>()));
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

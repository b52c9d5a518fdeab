using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Relays;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Language;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Storage;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Tests.Support;

/// <summary>
/// The bot composed as the host composes it (the dialogs' and storage's own DI registrations) over a real LiteDB
/// file in a temp folder; fakes only at the network edge (geocoder, Telegram group administration, delivery).
/// </summary>
public sealed class LiteDbBot : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly HashSet<long> _delivered = [];

    public LiteDbBot(FakeAddressLookup? lookup = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "neighbourbot-dialogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "neighbourbot.db");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.Configure<StorageOptions>(o => o.Path = DatabasePath);
        services.Configure<BotOptions>(o => o.Operators = [BotWorld.Operator]);
        services.Configure<ListingOptions>(o => o.BotUsername = "NeighbourBot");
        services.AddNeighbourBotStorage();
        services.AddSingleton<IAddressLookup>(lookup ?? Places.Lookup());
        services.AddSingleton<IQuartierMap>(Places.Map());
        services.AddSingleton<IGroupAdministration>(Groups);
        services.AddSingleton<IListingParser>(new FrenchListingParser(Clock, FrenchRecognizers.Shared));
        services.AddNeighbourBotDialogs();
        _services = services.BuildServiceProvider();
        Database = _services.GetRequiredService<LiteDbDatabase>();
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public FakeGroupAdministration Groups { get; } = new();

    public LiteDbDatabase Database { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Sends a text in the private chat of <paramref name="userId"/>; returns what the bot answered.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(long userId, string text) => SendAsync(Private(userId), a => a.Text = text);

    public Task<IReadOnlyList<Activity>> PressAsync(long userId, string payload) => SendAsync(Private(userId), a => Press(a, payload));

    public Task<IReadOnlyList<Activity>> PressInGroupAsync(long groupId, long userId, string payload) =>
        SendAsync(Group(groupId, userId), a => Press(a, payload));

    public Task<IReadOnlyList<Activity>> ShareLocationAsync(long userId, double latitude, double longitude) => SendAsync(Private(userId), a =>
    {
        var entity = new Entity(ChannelConventions.LocationEntityType);
        entity.Properties["latitude"] = latitude;
        entity.Properties["longitude"] = longitude;
        entity.Properties[ChannelConventions.LocationLiveKey] = false;
        a.Entities = [entity];
    });

    /// <summary>Plays the outbox sender and the host's delivery observer: every due row "reaches" Telegram.</summary>
    public IReadOnlyList<OutboxMessage> DeliverAll()
    {
        var outbox = Get<IOutboxStore>();
        var listings = Get<IListingStore>();
        var relays = Get<IRelayStore>();
        var delivered = new List<OutboxMessage>();
        while (outbox.Due(Clock.GetUtcNow().AddYears(1), 100).Where(r => _delivered.Add(r.Id)).ToList() is { Count: > 0 } rows)
        {
            foreach (var row in rows)
            {
                var messageId = 1000 + row.Id;
                outbox.MarkSent(row.Id, messageId, Clock.GetUtcNow());
                if (row.Action.Kind is OutboundActionKind.SendText or OutboundActionKind.SendPhoto
                    && row.Correlation is { } correlation
                    && correlation.StartsWith(ListingBroadcaster.CorrelationPrefix, StringComparison.Ordinal)
                    && long.TryParse(correlation.AsSpan(ListingBroadcaster.CorrelationPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var listingId)
                    && listings.Find(listingId) is { } listing)
                {
                    listings.Save(listing with { Broadcasts = [.. listing.Broadcasts.Where(b => b.ChatId != row.ChatId), new BroadcastRef(row.ChatId, messageId, false)] });
                }

                if (RelayCorrelation.TryRead(row.Correlation, out var relayId))
                {
                    relays.RememberMessage(row.ChatId, messageId, relayId);
                }

                delivered.Add(row);
            }
        }

        return delivered;
    }

    /// <summary>Closes the database (LiteDB checkpoints its log into the data file on close).</summary>
    public void CloseDatabase() => _services.Dispose();

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static void Press(Activity activity, string payload) => activity.Value = new JObject
    {
        [ChannelConventions.CallbackValueKey] = payload,
        [ChannelConventions.CallbackMessageIdKey] = 42,
    };

    private static ConversationReference Private(long userId) => new()
    {
        ChannelId = ChannelConventions.TelegramChannelId,
        ServiceUrl = "https://test.invalid",
        User = new ChannelAccount(userId.ToString(CultureInfo.InvariantCulture), "Habitant"),
        Bot = new ChannelAccount("1", "NeighbourBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(false, ChannelConventions.PrivateConversation, userId.ToString(CultureInfo.InvariantCulture)),
        Locale = "fr-FR",
    };

    private static ConversationReference Group(long chatId, long userId) => new()
    {
        ChannelId = ChannelConventions.TelegramChannelId,
        ServiceUrl = "https://test.invalid",
        User = new ChannelAccount(userId.ToString(CultureInfo.InvariantCulture), "Membre"),
        Bot = new ChannelAccount("1", "NeighbourBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(true, ChannelConventions.GroupConversation, chatId.ToString(CultureInfo.InvariantCulture)),
        Locale = "fr-FR",
    };

    private async Task<IReadOnlyList<Activity>> SendAsync(ConversationReference reference, Action<Activity> shape)
    {
        Clock.Advance(TimeSpan.FromSeconds(2));
        var adapter = new TestAdapter(reference) { Locale = "fr-FR" };
        adapter
            .Use(Get<RateLimitMiddleware>())
            .Use(Get<UnitOfWorkMiddleware>())
            .Use(new AutoSaveStateMiddleware(Get<ConversationState>()));
        adapter.OnTurnError = Get<TurnErrorHandler>().HandleAsync;
        var activity = adapter.MakeActivity();
        activity.Locale = "fr-FR";
        shape(activity);
        await adapter.ProcessActivityAsync(activity, Get<IBot>().OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}

using System.Collections;
using System.Reflection;
using LiteDB;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.Relays;
using NeighbourBot.Storage.Updates;

namespace NeighbourBot.Storage.Tests;

/// <summary>
/// Regression: lookups by id and by time used to write the value into LiteDB's expression text, so every turn
/// compiled a new expression into a cache that only grows (found by the load benchmark, issue #10).
/// </summary>
[Collection(ExpressionCacheSpecs.Name)]
public sealed class PredicateCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbDatabase _database;

    public PredicateCacheTests() => _database = new LiteDbDatabase(_folder.DatabasePath);

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_thousand_turns_with_new_update_ids_residents_and_times_compile_no_new_expression()
    {
        var updates = new LiteDbHandledUpdateStore(_database);
        var listings = new LiteDbListingStore(_database);
        var relays = new LiteDbRelayStore(_database);
        var outbox = new LiteDbOutboxStore(_database);
        void Turn(int i)
        {
            var now = Samples.Now.AddSeconds(i);
            Assert.False(updates.IsHandled(500_000 + i));
            updates.MarkHandled(500_000 + i, now);
            Assert.Empty(listings.ByAuthor(9_000 + i));
            Assert.Empty(listings.ReservedFor(9_000 + i));
            Assert.Empty(listings.PublishedSince("centre-ville", now));
            Assert.Empty(relays.OpenFor(9_000 + i));
            Assert.Empty(outbox.Due(now, 10));
            updates.PruneOlderThan(now.AddHours(-48));
        }

        Turn(0);
        var before = CachedExpressions();

        for (var i = 1; i <= 1_000; i++)
        {
            Turn(i);
        }

        Assert.Equal(before, CachedExpressions());
    }

    [Fact]
    public void Parameterised_lookups_find_the_same_rows_as_before()
    {
        var updates = new LiteDbHandledUpdateStore(_database);
        updates.MarkHandled(7, Samples.Now);
        var outbox = new LiteDbOutboxStore(_database);
        outbox.Enqueue(new OutboxMessage
        {
            ChatId = 1001,
            Priority = OutboxPriority.Notification,
            CreatedAt = Samples.Now,
            NextAttemptAt = Samples.Now,
            Action = new NeighbourBot.Core.Messaging.OutboundAction { ChatId = 1001, Text = "Bonjour" },
        });

        Assert.True(updates.IsHandled(7));
        Assert.False(updates.IsHandled(8));
        Assert.Empty(outbox.Due(Samples.Now.AddSeconds(-1), 10));
        Assert.Single(outbox.Due(Samples.Now, 10));
        Assert.Equal(1, outbox.MoveChat(1001, -100_1001));
        Assert.Equal(-100_1001, Assert.Single(outbox.Due(Samples.Now, 10)).ChatId);
    }

    /// <summary>The size of LiteDB's static caches of parsed and compiled expressions (private fields: found by their type).</summary>
    private static int CachedExpressions()
    {
        var cache = typeof(BsonExpression).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => typeof(IDictionary).IsAssignableFrom(f.FieldType) && f.FieldType.GenericTypeArguments.FirstOrDefault() == typeof(string))
            .Select(f => (IDictionary?)f.GetValue(null))
            .ToList();
        Assert.NotEmpty(cache);
        return cache.Sum(c => c?.Count ?? 0);
    }
}

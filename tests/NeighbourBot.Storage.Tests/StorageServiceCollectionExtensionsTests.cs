using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Storage.UnitOfWork;

namespace NeighbourBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_host_gets_every_store_over_the_one_configured_database()
    {
        var services = new ServiceCollection()
            .Configure<StorageOptions>(options => options.Path = _folder.DatabasePath)
            .AddNeighbourBotStorage();

        using (var provider = services.BuildServiceProvider())
        {
            var database = provider.GetRequiredService<LiteDbDatabase>();
            Assert.Equal(_folder.DatabasePath, database.Path);

            var unit = provider.GetRequiredService<IUnitOfWorkFactory>().Begin();
            var residents = provider.GetRequiredService<IResidentStore>();
            var outbox = provider.GetRequiredService<IOutboxStore>();
            unit.Stage(() => residents.Upsert(Samples.Resident(1)));
            unit.Stage(() => outbox.Enqueue(Samples.OutboxMessage()));
            unit.Commit();

            Assert.IsType<LiteDbUnitOfWork>(unit);
            Assert.NotNull(provider.GetRequiredService<IStorage>());
            Assert.NotNull(provider.GetRequiredService<IHandledUpdateStore>());
            Assert.IsType<Storage.Moderation.LiteDbModerationStore>(provider.GetRequiredService<Core.Moderation.IModerationStore>());
            Assert.IsType<Storage.Moderation.LiteDbModerationAuditLog>(provider.GetRequiredService<Core.Moderation.IModerationAuditLog>());
            Assert.Same(database, provider.GetRequiredService<LiteDbDatabase>());
        }

        // Disposing the provider closed the database and released its lock.
        using var reopened = new LiteDbDatabase(_folder.DatabasePath);
        Assert.Equal(1, new Storage.Residents.LiteDbResidentStore(reopened).Count());
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.Quartiers;
using NeighbourBot.Storage.Residents;
using NeighbourBot.Storage.State;
using NeighbourBot.Storage.UnitOfWork;
using NeighbourBot.Storage.Updates;
using NeighbourBot.Storage.Verification;
using NeighbourBot.Storage.Relays;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Verification;
using NeighbourBot.Core.Alerts;
using NeighbourBot.Storage.Alerts;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Storage.Moderation;
using NeighbourBot.Storage.Retention;
using NeighbourBot.Storage.Stats;
using NeighbourBot.Core.Stats;
using NeighbourBot.Core.Digests;
using NeighbourBot.Storage.Digests;

namespace NeighbourBot.Storage;

/// <summary>Registers the LiteDB database, its stores, the unit of work and the Bot Builder storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers everything as singletons over one <see cref="LiteDbDatabase"/>, opened at its first
    /// resolution from <see cref="IOptions{StorageOptions}"/> (bind <c>NeighbourBot:Storage</c>).
    /// Resolve <see cref="LiteDbDatabase"/> at start-up so a locked or damaged file stops the process
    /// before it serves anyone.
    /// </summary>
    public static IServiceCollection AddNeighbourBotStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<StorageOptions>();
        services.TryAddSingleton(provider => new LiteDbDatabase(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Path,
            provider.GetService<ILogger<LiteDbDatabase>>()));

        services.TryAddSingleton<LiteDbResidentStore>();
        services.TryAddSingleton<IResidentStore>(provider => provider.GetRequiredService<LiteDbResidentStore>());
        services.TryAddSingleton<LiteDbQuartierStore>();
        services.TryAddSingleton<IQuartierStore>(provider => provider.GetRequiredService<LiteDbQuartierStore>());
        services.TryAddSingleton<LiteDbListingStore>();
        services.TryAddSingleton<IListingStore>(provider => provider.GetRequiredService<LiteDbListingStore>());
        services.TryAddSingleton<LiteDbOutboxStore>();
        services.TryAddSingleton<IOutboxStore>(provider => provider.GetRequiredService<LiteDbOutboxStore>());
        services.TryAddSingleton<LiteDbHandledUpdateStore>();
        services.TryAddSingleton<IHandledUpdateStore>(provider => provider.GetRequiredService<LiteDbHandledUpdateStore>());
        services.TryAddSingleton<IInviteCodeStore, LiteDbInviteCodeStore>();
        services.TryAddSingleton<IModeratorVerificationStore, LiteDbModeratorVerificationStore>();
        services.TryAddSingleton<IOutOfAreaDemandStore, LiteDbOutOfAreaDemandStore>();
        services.TryAddSingleton<IPendingAddressStore, LiteDbPendingAddressStore>();
        services.TryAddSingleton<IRelayStore, LiteDbRelayStore>();
        services.TryAddSingleton<IAlertStore, LiteDbAlertStore>();
        services.TryAddSingleton<IModerationStore, LiteDbModerationStore>();
        services.TryAddSingleton<IModerationAuditLog, LiteDbModerationAuditLog>();
        services.TryAddSingleton<IRetentionStore, LiteDbRetentionStore>();
        services.TryAddSingleton<ICommunityStats, LiteDbCommunityStats>();
        services.TryAddSingleton<IDigestStore, LiteDbDigestStore>();
        services.TryAddSingleton<LiteDbUnitOfWorkFactory>();
        services.TryAddSingleton<IUnitOfWorkFactory>(provider => provider.GetRequiredService<LiteDbUnitOfWorkFactory>());
        services.TryAddSingleton(provider => new LiteDbStorage(
            provider.GetRequiredService<LiteDbDatabase>(),
            provider.GetService<ILogger<LiteDbStorage>>()));
        services.TryAddSingleton<IStorage>(provider => provider.GetRequiredService<LiteDbStorage>());
        return services;
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.DependencyInjection;
using NeighbourBot.Core.Alerts;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Moderation;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Dialogs.Tests.Handler;

public sealed class CompositionSpecs
{
    [Fact]
    public async Task The_dialogs_resolve_from_the_container_and_answer_start()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IStorage, MemoryStorage>()
            .AddSingleton<IResidentStore, InMemoryResidentStore>()
            .AddSingleton<IQuartierStore, InMemoryQuartierStore>()
            .AddSingleton<IOutboxStore, InMemoryOutboxStore>()
            .AddSingleton<IInviteCodeStore, InMemoryInviteCodeStore>()
            .AddSingleton<IModeratorVerificationStore, InMemoryModeratorVerificationStore>()
            .AddSingleton<IOutOfAreaDemandStore, InMemoryOutOfAreaDemandStore>()
            .AddSingleton<IPendingAddressStore, InMemoryPendingAddressStore>()
            .AddSingleton<IUnitOfWorkFactory, InMemoryUnitOfWorkFactory>()
            .AddSingleton<IListingStore, InMemoryListingStore>()
            .AddSingleton<NeighbourBot.Core.Digests.IDigestStore, InMemoryDigestStore>()
            .AddSingleton<IRelayStore, InMemoryRelayStore>()
            .AddSingleton<IAlertStore, InMemoryAlertStore>()
            .AddSingleton<IModerationStore, InMemoryModerationStore>()
            .AddSingleton<IModerationAuditLog, InMemoryModerationAuditLog>()
            .AddSingleton<IRetentionStore>(new InMemoryRetentionStore(new InMemoryRelayStore()))
            .AddSingleton<NeighbourBot.Core.Stats.ICommunityStats>(new InMemoryCommunityStats(new InMemoryResidentStore()))
            .AddSingleton<IListingParser>(new FrenchListingParser(TimeProvider.System))
            .AddSingleton<IAddressLookup>(Places.Lookup())
            .AddSingleton<IQuartierMap>(Places.Map())
            .AddSingleton<IGroupAdministration, FakeGroupAdministration>()
            .AddNeighbourBotDialogs();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var adapter = new TestAdapter(new BotWorld().Private(7).Adapter.Conversation)
            .Use(provider.GetRequiredService<RateLimitMiddleware>())
            .Use(provider.GetRequiredService<UnitOfWorkMiddleware>())
            .Use(new AutoSaveStateMiddleware(provider.GetRequiredService<ConversationState>()));
        adapter.OnTurnError = provider.GetRequiredService<TurnErrorHandler>().HandleAsync;
        Assert.NotNull(provider.GetRequiredService<PendingVerificationJob>());
        Assert.NotNull(provider.GetRequiredService<CommunityJobs>());
        Assert.NotNull(provider.GetRequiredService<NeighbourBot.Dialogs.Digests.DigestJobs>());

        await new TestFlow(adapter, provider.GetRequiredService<IBot>())
            .Send("/start")
            .AssertReply(SignupMessages.Welcome)
            .AssertReply(SignupMessages.AskName)
            .StartTestAsync();
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs;

/// <summary>
/// Registers the dialogs. The host adds the stores (including IListingStore and IRelayStore), IStorage, IAddressLookup,
/// IQuartierMap, IUnitOfWorkFactory, IAlertStore, IModerationStore, IModerationAuditLog, IRetentionStore, ICommunityStats, IDigestStore,
/// IListingParser, IGroupAdministration (TelegramGroupAdministration) and binds <see cref="BotOptions"/>, <see cref="VerificationOptions"/>,
/// <see cref="RateLimitOptions"/>, <see cref="ListingOptions"/> and <see cref="ModerationOptions"/>
/// (with <see cref="ListingOptions.BotUsername"/> from getMe).
/// </summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddNeighbourBotDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGroupInviteLinks, QuartierGroupInviteLinks>();
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddOptions<BotOptions>();
        services.AddOptions<VerificationOptions>();
        services.AddOptions<RateLimitOptions>();
        services.AddOptions<ListingOptions>();
        services.AddOptions<ModerationOptions>();
        services.AddSingleton<QuartierNames>();
        services.AddSingleton<SecondFactorService>();
        services.AddSingleton<ModeratorVerificationService>();
        services.AddSingleton<ModeratorAppointments>();
        services.AddSingleton<GroupLinking>();
        services.AddSingleton<JoinRequestGate>();
        services.AddSingleton<AddressQuestion>();
        services.AddSingleton<SignupFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<SignupFlow>());
        services.AddSingleton<ListingBroadcaster>();
        services.AddSingleton<AlertMatcher>();
        services.AddSingleton<AlertService>();
        services.AddSingleton<ListingSearch>();
        services.AddSingleton<ExpiryActions>();
        services.AddSingleton<CommunityJobs>();
        services.AddSingleton<ModerationDesk>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<ListingPublisher>();
        services.AddSingleton<ListingManager>();
        services.AddSingleton<RelayService>();
        services.AddSingleton<PostingFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<PostingFlow>());
        services.AddSingleton<ListingEditFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<ListingEditFlow>());
        services.AddSingleton<AccountService>();
        services.AddSingleton<OperatorStats>();
        services.AddSingleton<MoveFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<MoveFlow>());
        services.TryAddSingleton(sp => new AddressQueryCache(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RetentionJobs>();
        services.AddOptions<DigestOptions>();
        services.AddSingleton<DigestJobs>();
        services.AddSingleton<DigestSettings>();
        services.AddSingleton<FlowRunner>();
        services.AddSingleton<NeighbourBotHandler>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<NeighbourBotHandler>());
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<RateLimitMiddleware>();
        services.AddSingleton<UnitOfWorkMiddleware>();
        services.AddSingleton<PendingVerificationJob>();
        return services;
    }
}

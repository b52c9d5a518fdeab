using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NeighbourBot.Dialogs.Flows;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs;

/// <summary>
/// Registers the dialogs. The host adds the stores, IStorage, IAddressLookup, IQuartierMap, IUnitOfWorkFactory,
/// IGroupAdministration (TelegramGroupAdministration) and binds <see cref="BotOptions"/>, <see cref="VerificationOptions"/> and <see cref="RateLimitOptions"/>.
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
        services.AddSingleton<QuartierNames>();
        services.AddSingleton<SecondFactorService>();
        services.AddSingleton<ModeratorVerificationService>();
        services.AddSingleton<ModeratorAppointments>();
        services.AddSingleton<GroupLinking>();
        services.AddSingleton<JoinRequestGate>();
        services.AddSingleton<SignupFlow>();
        services.AddSingleton<IFlow>(sp => sp.GetRequiredService<SignupFlow>());
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

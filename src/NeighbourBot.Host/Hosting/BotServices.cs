using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo;
using NeighbourBot.Host.Delivery;
using NeighbourBot.Host.Logging;
using NeighbourBot.Language;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Storage;
using NeighbourBot.Telegram;
using NeighbourBot.Telegram.Adapter;
using NeighbourBot.Telegram.Outbox;
using NeighbourBot.Telegram.Polling;
using NeighbourBot.Telegram.Sending;
using Polly;
using Telegram.Bot;

namespace NeighbourBot.Host.Hosting;

/// <summary>Wires the whole bot: configuration sections, storage, geo, dialogs, Telegram adapter, outbox and jobs.</summary>
public static class BotServices
{
    public const string RootSection = "NeighbourBot";

    /// <summary>Registers everything the running bot needs; <paramref name="identity"/> comes from getMe at start.</summary>
    public static IServiceCollection AddNeighbourBot(this IServiceCollection services, IConfiguration configuration, ITelegramBotClient client, BotIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = configuration.GetSection(RootSection);

        services.TryAddSingleton(TimeProvider.System);
        services.Configure<TelegramOptions>(root.GetSection(TelegramOptions.SectionName));
        services.Configure<StorageOptions>(root.GetSection(StorageOptions.SectionName));
        services.Configure<BotOptions>(root);
        services.Configure<VerificationOptions>(root.GetSection(VerificationOptions.SectionName));
        services.Configure<ListingOptions>(root.GetSection(ListingOptions.SectionName));
        services.Configure<Dialogs.Moderation.ModerationOptions>(root.GetSection(Dialogs.Moderation.ModerationOptions.SectionName));
        services.Configure<Dialogs.Digests.DigestOptions>(root.GetSection(Dialogs.Digests.DigestOptions.SectionName));
        services.PostConfigure<ListingOptions>(o => o.BotUsername = string.IsNullOrEmpty(o.BotUsername) ? identity.Username : o.BotUsername);
        services.Configure<Dialogs.Middleware.RateLimitOptions>(root.GetSection(Dialogs.Middleware.RateLimitOptions.SectionName));
        var outboxLimits = root.GetSection(Telegram.Sending.SendLimitOptions.SectionName).Get<Telegram.Sending.SendLimitOptions>() ?? new();

        services.AddNeighbourBotStorage();
        services.AddNeighbourBotGeo(root);
        services.AddNeighbourBotDialogs();

        services.AddSingleton(sp => new FrenchRecognizers(sp.GetRequiredService<ILogger<FrenchRecognizers>>()));
        services.AddSingleton<IListingParser>(sp => new FrenchListingParser(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FrenchRecognizers>(), sp.GetRequiredService<ILogger<FrenchListingParser>>()));

        services.AddSingleton(client);
        services.AddSingleton(identity);
        services.AddSingleton(outboxLimits);
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton(new TelegramResilienceOptions());
        services.AddSingleton<ResiliencePipeline>(sp => TelegramResilience.Create(sp.GetRequiredService<TelegramResilienceOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TelegramActionExecutor>();
        services.AddSingleton<IGroupAdministration, TelegramGroupAdministration>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(new OutboxSenderOptions());
        services.AddSingleton<IDeliveryObserver, DomainDeliveryObserver>();
        services.AddSingleton(sp =>
        {
            var adapter = ActivatorUtilities.CreateInstance<TelegramAdapter>(sp);
            adapter.Use(sp.GetRequiredService<RateLimitMiddleware>());
            adapter.Use(sp.GetRequiredService<UnitOfWorkMiddleware>());
            adapter.Use(new AutoSaveStateMiddleware(sp.GetRequiredService<ConversationState>()));
            adapter.ErrorHandler = sp.GetRequiredService<TurnErrorHandler>().HandleAsync;
            var signal = sp.GetRequiredService<OutboxSignal>();
            adapter.TurnCommitted = signal.Notify;
            return adapter;
        });
        services.AddSingleton<UpdateDispatcher>();
        services.AddHostedService<StartupTasks>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<RecurringJobs>();
        services.AddHostedService<CommunityJobsService>();
        services.AddHostedService<Dialogs.Account.RetentionService>();
        services.AddHostedService<Dialogs.Digests.DigestJobsService>();
        return services;
    }

    /// <summary>The outbox limits as configured (used before the container exists, e.g. by the sandbox).</summary>
    public static TelegramOptions TelegramOptionsFrom(IConfiguration configuration) =>
        configuration.GetSection(RootSection).GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();

    /// <summary>Logging for the bot: one line per entry on the console, secrets redacted everywhere.</summary>
    public static ILoggingBuilder AddBotLogging(this ILoggingBuilder logging, IConfiguration configuration, LogLevel minimum)
    {
        ArgumentNullException.ThrowIfNull(logging);
        var telegram = TelegramOptionsFrom(configuration);
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.SetMinimumLevel(minimum);
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.RedactSecrets(new SecretRedactor([telegram.Token, telegram.WebhookSecret]));
        return logging;
    }
}

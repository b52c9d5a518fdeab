using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Storage;
using NeighbourBot.Telegram;
using NeighbourBot.Telegram.Adapter;
using NeighbourBot.Telegram.Polling;
using NeighbourBot.Telegram.Webhook;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NeighbourBot.Host.Hosting;

/// <summary>The default verb: run the bot on Telegram (polling or webhook) until stopped.</summary>
public static class RunVerb
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter error, CancellationToken cancellationToken, LogLevel minimumLogLevel = LogLevel.Information)
    {
        ArgumentNullException.ThrowIfNull(error);
        var telegram = BotServices.TelegramOptionsFrom(configuration);
        var client = TelegramClientFactory.Create(telegram);
        BotIdentity identity;
        try
        {
            var me = await client.GetMe(cancellationToken);
            identity = new BotIdentity(me.Id, me.Username ?? "", me.FirstName);
        }
        catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
        {
            await error.WriteLineAsync($"Telegram refused the bot token ({e.ErrorCode}): check NeighbourBot:Telegram:Token.");
            return 2;
        }
        catch (RequestException e)
        {
            await error.WriteLineAsync($"Cannot reach the Bot API at {telegram.ApiBaseUrl}: {e.Message} Check the network or NeighbourBot:Telegram:ApiBaseUrl.");
            return 1;
        }

        using var host = Build(configuration, telegram, client, identity, minimumLogLevel);
        var problems = host.Services.GetRequiredService<IOptions<VerificationOptions>>().Value.Validate()
            .Concat(host.Services.GetRequiredService<IOptions<ListingOptions>>().Value.Validate())
            .Concat(host.Services.GetRequiredService<IOptions<Dialogs.Middleware.RateLimitOptions>>().Value.Validate())
            .Concat(host.Services.GetRequiredService<IOptions<Dialogs.Digests.DigestOptions>>().Value.Validate())
            .ToList();
        foreach (var problem in problems)
        {
            await error.WriteLineAsync("Configuration error: " + problem);
        }

        if (problems.Count > 0)
        {
            return 2;
        }

        host.Services.GetRequiredService<LiteDbDatabase>();
        host.Services.GetRequiredService<IQuartierMap>();
        await host.RunAsync(cancellationToken);
        return 0;
    }

    private static IHost Build(IConfiguration configuration, TelegramOptions telegram, ITelegramBotClient client, BotIdentity identity, LogLevel minimumLogLevel)
    {
        if (telegram.Mode == TelegramMode.Webhook)
        {
            var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            web.Configuration.AddConfiguration(configuration);
            web.Logging.AddBotLogging(configuration, minimumLogLevel);
            web.WebHost.UseUrls(telegram.ListenUrl);
            web.Services.AddNeighbourBot(configuration, client, identity);
            var app = web.Build();
            app.MapTelegramWebhook(new Uri(telegram.WebhookUrl).AbsolutePath);
            return app;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddBotLogging(configuration, minimumLogLevel);
        builder.Services.AddNeighbourBot(configuration, client, identity);
        builder.Services.AddHostedService<PollingService>();
        return builder.Build();
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Language;
using NeighbourBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NeighbourBot.Host.Hosting;

/// <summary>
/// Runs once before the bot serves anyone: quartiers of the map exist in the store, the French command menu
/// is set, and Telegram delivers updates the configured way (webhook set, or removed for polling).
/// </summary>
public sealed class StartupTasks(
    IQuartierMap map,
    FrenchRecognizers recognizers,
    IQuartierStore quartiers,
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Building the French models takes 0.7-5 s: done in the background so the bot answers at once.
        _ = recognizers.WarmUpAsync(CancellationToken.None);
        var seeded = QuartierSeeder.Seed(map, quartiers);
        logger.LogInformation("{Count} quartiers on the map ({Seeded} added or renamed)", map.Quartiers.Count, seeded);

        await client.SetMyCommands(BotCommands.Private, BotCommandScope.AllPrivateChats(), "fr", cancellationToken);
        await client.SetMyCommands(BotCommands.Private, BotCommandScope.AllPrivateChats(), cancellationToken: cancellationToken);
        var telegram = options.Value;
        if (telegram.Mode == TelegramMode.Webhook)
        {
            await client.SetWebhook(telegram.WebhookUrl, allowedUpdates: Telegram.Polling.PollingService.AllowedUpdates, secretToken: telegram.WebhookSecret, cancellationToken: cancellationToken);
            logger.LogInformation("Webhook set; listening on {ListenUrl}", telegram.ListenUrl);
        }
        else
        {
            await client.DeleteWebhook(cancellationToken: cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

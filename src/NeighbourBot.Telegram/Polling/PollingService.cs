using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NeighbourBot.Telegram.Polling;

/// <summary>
/// getUpdates long polling. A batch is handled before its offset is confirmed (Telegram does not
/// redeliver confirmed updates), and handled ids are persisted, so a crash neither loses nor repeats effects.
/// </summary>
public sealed class PollingService(
    ITelegramBotClient client,
    UpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<PollingService> logger) : BackgroundService
{
    public static readonly UpdateType[] AllowedUpdates =
    [
        UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.ChatJoinRequest,
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        logger.LogInformation("Polling Telegram for updates");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await client.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, AllowedUpdates, stoppingToken);
                failures = 0;
                if (updates.Length == 0)
                {
                    continue;
                }

                await dispatcher.DispatchAsync(updates, stoppingToken);
                offset = updates.Max(u => u.Id) + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 409)
            {
                failures++;
                logger.LogError("Telegram refuses polling (409): another process polls this bot, or a webhook is set. Retrying");
                await DelayAsync(failures, stoppingToken);
            }
            catch (RequestException e)
            {
                failures++;
                logger.LogWarning("Polling failed ({Failures} in a row): {Reason}", failures, e.Message);
                await DelayAsync(failures, stoppingToken);
            }
            catch (HttpRequestException e)
            {
                failures++;
                logger.LogWarning("Polling failed ({Failures} in a row): {Reason}", failures, e.Message);
                await DelayAsync(failures, stoppingToken);
            }
        }
    }

    private async Task DelayAsync(int failures, CancellationToken cancellationToken)
    {
        var seconds = Math.Min(30, Math.Pow(2, Math.Min(failures, 5)) / 2);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}

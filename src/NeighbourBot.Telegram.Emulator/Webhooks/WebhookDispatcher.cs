using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using NeighbourBot.Telegram.Emulator.Methods;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Webhooks;

/// <summary>POSTs a bot's updates to its webhook, one at a time and in order, retrying until the receiver answers 2xx.</summary>
/// <remarks>https://core.telegram.org/bots/api#setwebhook: the secret goes in X-Telegram-Bot-Api-Secret-Token.</remarks>
internal sealed class WebhookDispatcher(World world, TimeSpan retryDelay, ILogger<WebhookDispatcher> logger) : IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _running = [];
    private readonly Lock _gate = new();

    public void Start(BotState bot, WebhookState webhook)
    {
        lock (_gate)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(Task.Run(() => RunAsync(bot, webhook)));
        }
    }

    private async Task RunAsync(BotState bot, WebhookState webhook)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, webhook.Stop.Token);
        var cancellationToken = stop.Token;
        while (!cancellationToken.IsCancellationRequested)
        {
            WireUpdate? next;
            Task arrived;
            lock (world.Gate)
            {
                if (bot.Webhook != webhook)
                {
                    return;
                }

                next = UpdateMethods.Ready(bot, 1).FirstOrDefault();
                arrived = bot.UpdatesArrived.Next;
            }

            try
            {
                if (next is null)
                {
                    await arrived.WaitAsync(cancellationToken);
                    continue;
                }

                var error = await PostAsync(webhook, next, cancellationToken);
                lock (world.Gate)
                {
                    if (error is null)
                    {
                        bot.Pending.RemoveAll(p => p.Update.UpdateId == next.UpdateId);
                        world.Changed.Fire();
                    }
                    else
                    {
                        webhook.LastErrorDate = world.Now;
                        webhook.LastErrorMessage = error;
                    }
                }

                if (error is not null)
                {
                    await Task.Delay(retryDelay, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<string?> PostAsync(WebhookState webhook, WireUpdate update, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = JsonContent.Create(update, options: WireJson.Options),
        };
        if (webhook.SecretToken is not null)
        {
            request.Headers.Add(SecretHeader, webhook.SecretToken);
        }

        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? null
                : $"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException exception)
        {
            logger.LogDebug(exception, "Webhook delivery of update {UpdateId} failed", update.UpdateId);
            return "Connection refused";
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(exception, "Webhook delivery of update {UpdateId} timed out", update.UpdateId);
            return "Read timeout expired";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running);
        _stopping.Dispose();
        _http.Dispose();
    }
}

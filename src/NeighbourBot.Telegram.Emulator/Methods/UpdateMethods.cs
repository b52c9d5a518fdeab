using System.Text.RegularExpressions;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>getUpdates (long polling, offsets, allowed_updates) and the webhook methods.</summary>
internal static partial class UpdateMethods
{
    private const string WebhookActive =
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    private const string OtherPoll =
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

    public static void Register(MethodTable table)
    {
        table.AddAsync("getUpdates", GetUpdatesAsync);
        table.Add("setWebhook", SetWebhook);
        table.Add("deleteWebhook", DeleteWebhook);
        table.Add("getWebhookInfo", GetWebhookInfo);
    }

    private static async Task<object> GetUpdatesAsync(MethodContext context, CancellationToken cancellationToken)
    {
        var bot = context.Bot;
        var world = context.World;
        var parameters = context.Parameters;
        var limit = Math.Clamp(parameters.GetInt32("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, parameters.GetInt32("timeout") ?? 0));
        if (timeout > context.Core.Options.MaxLongPollTimeout)
        {
            timeout = context.Core.Options.MaxLongPollTimeout;
        }

        var allowed = parameters.GetObject<List<string>>("allowed_updates");
        CancellationTokenSource poll;
        lock (world.Gate)
        {
            if (bot.Webhook is not null)
            {
                throw new BotApiException(409, WebhookActive);
            }

            if (allowed is not null)
            {
                bot.AllowedUpdates = allowed.Count == 0 ? BotState.DefaultAllowedUpdates : allowed.ToHashSet(StringComparer.Ordinal);
            }

            Confirm(bot, parameters.GetInt64("offset"));
            var ready = Ready(bot, limit);
            if (ready.Count > 0 || timeout == TimeSpan.Zero)
            {
                return ready;
            }

            bot.ActivePoll?.Cancel();
            poll = new CancellationTokenSource();
            bot.ActivePoll = poll;
            world.Changed.Fire();
        }

        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, poll.Token, context.Core.Stopping);
            // Long polling waits in real time even when the emulator's clock is a fake one: the client's HTTP timeout is real.
            wait.CancelAfter(timeout);
            while (true)
            {
                Task arrived;
                lock (world.Gate)
                {
                    if (poll.IsCancellationRequested)
                    {
                        throw new BotApiException(409, OtherPoll);
                    }

                    if (bot.Webhook is not null)
                    {
                        throw new BotApiException(409, WebhookActive);
                    }

                    var ready = Ready(bot, limit);
                    if (ready.Count > 0)
                    {
                        return ready;
                    }

                    arrived = bot.UpdatesArrived.Next;
                }

                try
                {
                    await arrived.WaitAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // A newer poll took over (409), or the timeout ran out or the emulator is stopping (an empty answer).
                    return poll.IsCancellationRequested ? throw new BotApiException(409, OtherPoll) : Array.Empty<WireUpdate>();
                }
            }
        }
        finally
        {
            lock (world.Gate)
            {
                if (bot.ActivePoll == poll)
                {
                    bot.ActivePoll = null;
                }

                poll.Dispose();
            }
        }
    }

    /// <summary>An offset confirms every update below it; a negative one keeps only the last -offset.</summary>
    private static void Confirm(BotState bot, long? offset)
    {
        if (offset is not { } value)
        {
            return;
        }

        if (value < 0)
        {
            var keep = (int)Math.Min(-value, bot.Pending.Count);
            bot.Pending.RemoveRange(0, bot.Pending.Count - keep);
        }
        else
        {
            bot.Pending.RemoveAll(p => p.Update.UpdateId < value);
        }
    }

    public static List<WireUpdate> Ready(BotState bot, int limit)
    {
        // Telegram does not produce updates of kinds not allowed; dropping them here has the same effect.
        bot.Pending.RemoveAll(p => !bot.AllowedUpdates.Contains(p.Kind));
        return [.. bot.Pending.Take(limit).Select(p => p.Update)];
    }

    private static bool SetWebhook(MethodContext context)
    {
        var parameters = context.Parameters;
        var url = parameters.GetString("url");
        if (string.IsNullOrEmpty(url))
        {
            return DeleteWebhook(context);
        }

        // Telegram insists on HTTPS on ports 443, 80, 88, 8443; a local emulator accepts any http(s) URL so tests can listen on 127.0.0.1.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = parameters.GetString("secret_token");
        if (secret is not null && !SecretToken().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        var bot = context.Bot;
        bot.Webhook?.Stop.Cancel();
        if (parameters.GetBoolean("drop_pending_updates"))
        {
            bot.Pending.Clear();
        }

        if (parameters.GetObject<List<string>>("allowed_updates") is { } allowed)
        {
            bot.AllowedUpdates = allowed.Count == 0 ? BotState.DefaultAllowedUpdates : allowed.ToHashSet(StringComparer.Ordinal);
        }

        var webhook = new WebhookState(uri, secret, parameters.GetInt32("max_connections") ?? 40);
        bot.Webhook = webhook;
        bot.UpdatesArrived.Fire();
        context.Core.Webhooks.Start(bot, webhook);
        return true;
    }

    private static bool DeleteWebhook(MethodContext context)
    {
        var bot = context.Bot;
        bot.Webhook?.Stop.Cancel();
        bot.Webhook = null;
        if (context.Parameters.GetBoolean("drop_pending_updates"))
        {
            bot.Pending.Clear();
        }

        return true;
    }

    private static WireWebhookInfo GetWebhookInfo(MethodContext context)
    {
        var bot = context.Bot;
        var webhook = bot.Webhook;
        return new WireWebhookInfo
        {
            Url = webhook?.Url.ToString() ?? string.Empty,
            HasCustomCertificate = false,
            PendingUpdateCount = bot.Pending.Count,
            LastErrorDate = webhook?.LastErrorDate is { } date ? World.Unix(date) : null,
            LastErrorMessage = webhook?.LastErrorMessage,
            MaxConnections = webhook?.MaxConnections,
            AllowedUpdates = bot.AllowedUpdates == BotState.DefaultAllowedUpdates ? null : [.. bot.AllowedUpdates],
        };
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}

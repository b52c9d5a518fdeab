using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Dialogs.Messaging;

namespace NeighbourBot.Dialogs.Middleware;

/// <summary>
/// At most <see cref="RateLimitOptions.MaxMessages"/> messages per window per user and chat; the first one over
/// gets one polite notice (in private chats only), later ones are dropped before any state is loaded. Register it
/// first, before UnitOfWorkMiddleware and AutoSaveStateMiddleware.
/// </summary>
public sealed class RateLimitMiddleware(
    IOptions<RateLimitOptions> options,
    TimeProvider timeProvider,
    ILogger<RateLimitMiddleware> logger) : IMiddleware
{
    public const string Notice =
        "Doucement 🙂 Vous m'envoyez beaucoup de messages d'un coup. Attendez quelques secondes avant de m'écrire à nouveau : je n'ai pas lu les derniers.";

    private const int PruneThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.From?.Id))
        {
            await next(cancellationToken);
            return;
        }

        // Per chat too, so that chatter in a quartier group never eats a resident's private budget.
        var verdict = Count($"{activity.ChannelId}/{activity.Conversation?.Id}/{activity.From.Id}");
        switch (verdict)
        {
            case Verdict.Allow:
                await next(cancellationToken);
                break;
            case Verdict.Notify:
                logger.LogInformation("Rate limit reached for user {UserId}", activity.From.Id);
                if (Inbound.IsPrivate(activity))
                {
                    await turnContext.SendActivityAsync(Replies.Text(Notice), cancellationToken);
                }

                break;
            default:
                logger.LogDebug("Message from user {UserId} dropped by the rate limit", activity.From.Id);
                break;
        }
    }

    private Verdict Count(string key)
    {
        var now = timeProvider.GetUtcNow();
        var length = TimeSpan.FromSeconds(Math.Max(1, options.Value.WindowSeconds));
        if (_windows.Count > PruneThreshold)
        {
            foreach (var pair in _windows)
            {
                if (now - pair.Value.Start >= length)
                {
                    _windows.TryRemove(pair.Key, out _);
                }
            }
        }

        var window = _windows.GetOrAdd(key, _ => new Window { Start = now });
        lock (window)
        {
            if (now - window.Start >= length)
            {
                window.Start = now;
                window.Count = 0;
                window.Notified = false;
            }

            window.Count++;
            if (window.Count <= options.Value.MaxMessages)
            {
                return Verdict.Allow;
            }

            if (window.Notified)
            {
                return Verdict.Drop;
            }

            window.Notified = true;
            return Verdict.Notify;
        }
    }

    private enum Verdict
    {
        Allow,
        Notify,
        Drop,
    }

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; }

        public int Count { get; set; }

        public bool Notified { get; set; }
    }
}

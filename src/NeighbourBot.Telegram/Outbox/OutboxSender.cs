using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Storage;
using NeighbourBot.Telegram.Sending;

namespace NeighbourBot.Telegram.Outbox;

/// <summary>
/// Drains the persistent outbox: by priority (notifications, then broadcasts, then digests), one message
/// in flight per chat so per-chat order holds, paced by the shared limiter. A row is marked Sending before
/// its request leaves: after a crash it goes back to pending and may be sent twice. Only one request is on the
/// wire and unrecorded at any moment (<see cref="WireLease"/>), so a crash repeats at most one message; that is
/// the at-least-once guarantee of DESIGN.md — the Bot API has no idempotency key.
/// </summary>
public sealed class OutboxSender(
    IOutboxStore outbox,
    IUnitOfWorkFactory units,
    TelegramActionExecutor executor,
    TelegramRateLimiter limiter,
    IDeliveryObserver observer,
    OutboxSignal signal,
    OutboxSenderOptions options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly Dictionary<long, Task> _inFlight = [];

    // One request on the wire at a time, held until its result is recorded (see WireLease).
    private readonly SemaphoreSlim _wire = new(1, 1);

    // Chat → when Telegram answered 403 there. Rows queued before that are failed without a call: each would
    // only earn another 403. Rows queued later are tried (the resident may have unblocked the bot).
    private readonly ConcurrentDictionary<long, DateTimeOffset> _unreachableSince = new();
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    // One pending wait on the signal across loops: a waiter abandoned after an in-flight send completed
    // would otherwise swallow the next Notify, and a fresh notification would wait for the idle poll.
    private Task? _wake;

    // When to look again if nothing else happens: the idle poll, or sooner when a rate-limited chat frees up.
    private TimeSpan _nextLook;

    /// <summary>Messages delivered since start (for benchmarks and tests).</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = outbox.RecoverInFlight();
        if (recovered > 0)
        {
            logger.LogWarning("{Count} outbox messages were in flight at the last stop; sending them again (they may arrive twice)", recovered);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = StartDue(stoppingToken);
                PruneIfDue();
                if (started == 0)
                {
                    await WaitForWorkAsync(stoppingToken);
                }
                else if (_inFlight.Count >= options.MaxInFlight)
                {
                    await Task.WhenAny(_inFlight.Values);
                }

                Reap();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database or a bug: keep the sender alive, the rows are still there.
                logger.LogError(e, "Outbox loop failed; retrying");
                await Task.Delay(options.IdleDelay, time, stoppingToken);
            }
        }

        await Task.WhenAll(_inFlight.Values);
    }

    /// <summary>Sleeps until a send completes, a row is enqueued, a rate-limited chat frees up, or the idle poll.</summary>
    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        _wake ??= signal.WaitAsync(Timeout.InfiniteTimeSpan, time, stoppingToken);
        using var nap = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        List<Task> waits = [_wake, Task.Delay(_nextLook, time, nap.Token)];
        if (_inFlight.Count > 0)
        {
            waits.Add(Task.WhenAny(_inFlight.Values));
        }

        await Task.WhenAny(waits);
        await nap.CancelAsync();
        if (_wake.IsCompleted)
        {
            _wake = null;
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private int StartDue(CancellationToken stoppingToken)
    {
        _nextLook = options.IdleDelay;
        var free = options.MaxInFlight - _inFlight.Count;
        if (free <= 0)
        {
            return 0;
        }

        var busy = _inFlight.Keys.ToHashSet();
        var started = 0;
        var settled = 0;
        // Rate-limited chats are skipped; when a whole window of them was skipped, look further down the
        // queue (a few times at most) so that they do not hide chats that could send now.
        for (var round = 0; round < 4 && started < free; round++)
        {
            var (startedNow, settledNow, skipped) = StartSome(free - started, busy, stoppingToken);
            started += startedNow;
            settled += settledNow;
            if (skipped == 0)
            {
                break;
            }
        }

        // A row failed without a call is progress too: look again at once rather than idling.
        return started + settled;
    }

    private (int Started, int Settled, int Skipped) StartSome(int free, HashSet<long> busy, CancellationToken stoppingToken)
    {
        var started = 0;
        var settled = 0;
        var skipped = 0;
        var due = outbox.Due(time.GetUtcNow(), free * 4, busy);
        foreach (var row in due)
        {
            if (started >= free)
            {
                // Rows left unread were not skipped for their limit: no need to look further.
                return (started, settled, 0);
            }

            busy.Add(row.ChatId);

            if (_unreachableSince.TryGetValue(row.ChatId, out var since) && row.CreatedAt <= since)
            {
                outbox.MarkFailed(row.Id, "unreachable");
                settled++;
                continue;
            }

            if (limiter.TimeUntilFree(row.ChatId) is var wait && wait > TimeSpan.Zero)
            {
                // This chat's own limit is exhausted: don't let it hold a slot others could use.
                _nextLook = wait < _nextLook ? wait : _nextLook;
                skipped++;
                continue;
            }

            outbox.MarkSending(row.Id, time.GetUtcNow());
            _inFlight[row.ChatId] = SendAsync(row, stoppingToken);
            started++;
        }

        // Fewer rows than asked for: the queue is exhausted, looking further finds nothing.
        return (started, settled, due.Count < free * 4 ? 0 : skipped);
    }

    private void Reap()
    {
        foreach (var chat in _inFlight.Where(kv => kv.Value.IsCompleted).Select(kv => kv.Key).ToList())
        {
            _inFlight.Remove(chat);
        }
    }

    private async Task SendAsync(OutboxMessage row, CancellationToken stoppingToken)
    {
        try
        {
            using var lease = new WireLease(_wire);
            var messageId = await executor.ExecuteAsync(row.Action, SendPriority.Background, lease, stoppingToken);
            Commit(() =>
            {
                outbox.MarkSent(row.Id, messageId, time.GetUtcNow());
                observer.Sent(row, messageId);
            });
            Interlocked.Increment(ref _delivered);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the row stays Sending and is recovered at the next start.
        }
        catch (Exception e) when (TelegramFault.Classify(e, stoppingToken) is { } fault)
        {
            Handle(row, e, fault);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Outbox message {Id} to chat {ChatId} failed unexpectedly; will retry", row.Id, row.ChatId);
            Reschedule(row, e.GetType().Name);
        }
    }

    private void Handle(OutboxMessage row, Exception error, TelegramFaultKind fault)
    {
        switch (fault)
        {
            case TelegramFaultKind.Unreachable:
                logger.LogInformation("Chat {ChatId} is unreachable (blocked or removed); its messages stop", row.ChatId);
                _unreachableSince[row.ChatId] = time.GetUtcNow();
                Commit(() =>
                {
                    outbox.MarkFailed(row.Id, "unreachable");
                    observer.Unreachable(row.ChatId);
                });
                break;
            case TelegramFaultKind.Migrated when TelegramFault.MigrateTo(error) is { } newChat:
                logger.LogInformation("Group {From} became supergroup {To}; its messages follow", row.ChatId, newChat);
                Commit(() =>
                {
                    outbox.MarkRetry(row.Id, time.GetUtcNow(), "migrated");
                    outbox.MoveChat(row.ChatId, newChat);
                    observer.Migrated(row.ChatId, newChat);
                });
                break;
            case TelegramFaultKind.Permanent or TelegramFaultKind.Migrated:
                logger.LogWarning("Outbox message {Id} to chat {ChatId} refused by Telegram: {Reason}", row.Id, row.ChatId, error.Message);
                outbox.MarkFailed(row.Id, Shorten(error.Message));
                break;
            default:
                Reschedule(row, Shorten(error.Message));
                break;
        }
    }

    private void Reschedule(OutboxMessage row, string reason)
    {
        var attempts = row.Attempts + 1;
        if (attempts >= options.MaxAttempts)
        {
            logger.LogError("Outbox message {Id} to chat {ChatId} given up after {Attempts} attempts: {Reason}", row.Id, row.ChatId, attempts, reason);
            outbox.MarkFailed(row.Id, reason);
            return;
        }

        var backoff = TimeSpan.FromTicks(Math.Min(options.RescheduleMax.Ticks, options.RescheduleBase.Ticks * (1L << Math.Min(attempts, 20))));
        var jitter = TimeSpan.FromTicks((long)(backoff.Ticks * 0.2 * Random.Shared.NextDouble()));
        logger.LogWarning("Outbox message {Id} to chat {ChatId} failed (attempt {Attempts}): {Reason}; retry in {Delay}", row.Id, row.ChatId, attempts, reason, backoff + jitter);
        outbox.MarkRetry(row.Id, time.GetUtcNow() + backoff + jitter, reason);
    }

    private void Commit(Action write)
    {
        var unit = units.Begin();
        unit.Stage(write);
        unit.Commit();
    }

    private void PruneIfDue()
    {
        var now = time.GetUtcNow();
        if (now - _lastPrune < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastPrune = now;
        var pruned = outbox.PruneSent(now - options.KeepSent);
        if (pruned > 0)
        {
            logger.LogDebug("Pruned {Count} sent outbox rows", pruned);
        }
    }

    public override void Dispose()
    {
        _wire.Dispose();
        base.Dispose();
    }

    // Telegram's descriptions can quote our own text back; keep stored errors short.
    private static string Shorten(string message) => message.Length <= 200 ? message : message[..200];
}

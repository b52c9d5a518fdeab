using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Storage;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// Hands due digests to the outbox at the lowest priority, once per run at the current time. Groups follow the cron:
/// after downtime only the latest missed occurrence is handled (once). Residents follow their own slots, found through an
/// index, at most <see cref="DigestOptions.PrivatePerMinute"/> per run so a busy evening never crowds conversations out of
/// the sender. Each recipient's watermark moves with its digest, in the same unit of work, so no listing is shown twice.
/// </summary>
public sealed class DigestJobs(
    IQuartierStore quartiers,
    IResidentStore residents,
    IDigestStore marks,
    IOutboxStore outbox,
    QuartierNames quartierNames,
    IUnitOfWorkFactory unitOfWorkFactory,
    IOptions<DigestOptions> options,
    IOptions<ListingOptions> listingOptions,
    TimeProvider timeProvider,
    ILogger<DigestJobs> logger)
{
    /// <summary>The mark of the group schedule itself (no chat has id 0).</summary>
    public const long ScheduleMarkId = 0;

    /// <summary>Correlation of digest rows: "digest:{chat id}".</summary>
    public const string CorrelationPrefix = "digest:";

    /// <summary>How often residents who have no watermark yet (new, or from before digests existed) are looked for.</summary>
    public static readonly TimeSpan DiscoveryInterval = TimeSpan.FromHours(1);

    private readonly DigestSchedule _schedule = DigestSchedule.From(options.Value);
    private DateTimeOffset? _lastDiscovery;

    public DigestSchedule Schedule => _schedule;

    /// <summary>Does everything due at <see cref="TimeProvider.GetUtcNow"/>.</summary>
    public Task<DigestRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var groupMessages = RunGroups(now, cancellationToken);
        if (_lastDiscovery is not { } last || now - last >= DiscoveryInterval || now < last)
        {
            Discover(now, cancellationToken);
            _lastDiscovery = now;
        }

        var (sent, skipped) = RunPrivates(now, cancellationToken);
        if (groupMessages + sent > 0)
        {
            logger.LogInformation("Digests: {GroupMessages} group message(s), {Private} private digest(s), {Skipped} skipped", groupMessages, sent, skipped);
        }

        return Task.FromResult(new DigestRun(groupMessages, sent, skipped));
    }

    /// <summary>When the next group digest falls due (for the service's sleep), or null.</summary>
    public DateTimeOffset? NextGroupOccurrence() => _schedule.NextGroupOccurrence(timeProvider.GetUtcNow());

    /// <summary>The group recap of a quartier as it would go out now, without sending it or moving any watermark.</summary>
    public IReadOnlyList<string> PreviewGroup(Quartier quartier)
    {
        ArgumentNullException.ThrowIfNull(quartier);
        var now = timeProvider.GetUtcNow();
        var anchor = marks.Find(ScheduleMarkId);
        var since = quartier.GroupChatIds.Select(id => marks.Find(id)?.Since).OfType<DateTimeOffset>().DefaultIfEmpty(anchor?.LastDueAt ?? now.AddDays(-1)).Min();
        return DigestComposer.GroupMessages(quartierNames.Of(quartier.Id), Lines(quartier.Id, since, now), listingOptions.Value.BotUsername);
    }

    /// <summary>Private digests due now (any number), as they would go out, without sending them.</summary>
    public int CountPrivateDue() => marks.DueBy(timeProvider.GetUtcNow(), int.MaxValue).Count;

    /// <summary>
    /// Builds the private digest of one due mark with <paramref name="cache"/> holding the quartier's recent lines: the
    /// message (null when nothing is for this resident) and the mark that replaces it. Null result: the resident is gone.
    /// </summary>
    public (OutboxMessage? Message, DigestMark Mark, bool Skipped)? BuildPrivate(DigestMark mark, DateTimeOffset now, Dictionary<string, QuartierLines> cache)
    {
        ArgumentNullException.ThrowIfNull(mark);
        // The mark's snapshot of its resident saves a read per digest; a mark from before snapshots reads the resident.
        var recipient = mark.Recipient ?? (residents.Find(mark.ChatId) is { } resident ? DigestRecipient.Of(resident) : null);
        return BuildPrivate(mark, recipient, now, cache);
    }

    /// <summary>As <see cref="BuildPrivate(DigestMark, DateTimeOffset, Dictionary{string, QuartierLines})"/> with the resident already read.</summary>
    public (OutboxMessage? Message, DigestMark Mark, bool Skipped)? BuildPrivate(
        DigestMark mark, DigestRecipient? resident, DateTimeOffset now, Dictionary<string, QuartierLines> cache)
    {
        ArgumentNullException.ThrowIfNull(mark);
        ArgumentNullException.ThrowIfNull(cache);
        if (resident is null)
        {
            return null;
        }

        var preference = resident.Preference;
        var next = _schedule.NextPrivateSlot(resident.Id, preference, now);
        var slot = mark.NextDueAt ?? now;
        if (preference.Frequency == DigestFrequency.Never)
        {
            return (null, mark with { NextDueAt = null }, false);
        }

        if (!resident.Reachable || resident.Verification < VerificationLevel.Address || resident.QuartierId is not { Length: > 0 } quartierId)
        {
            // Blocked the bot, or not (or no longer) in a quartier: nothing is sent, and the listings wait for a later digest.
            return (null, mark with { LastDueAt = slot, NextDueAt = next }, true);
        }

        var recent = Recent(quartierId, mark.Since, now, cache);
        var max = options.Value.MaxPrivateListings;
        var shown = new List<DigestEntry>(Math.Min(max, recent.Entries.Count));
        var total = 0;
        foreach (var entry in recent.Entries)
        {
            var line = entry.Line;
            if (line.PublishedAt > mark.Since && line.AuthorId != resident.Id && Wanted(preference, line) && total++ < max)
            {
                shown.Add(entry);
            }
        }

        var action = DigestComposer.PrivateMessageShowing(resident, recent.Name, shown, total);
        var message = action is null ? null : ToOutbox(action, now);
        return (message, new DigestMark { ChatId = mark.ChatId, Since = now, LastDueAt = slot, NextDueAt = next }, false);
    }

    // The quartier's recent listings, rendered, for digests whose watermark is `since` or later: from the cache, or read (a
    // weekly window at least) and kept there.
    private QuartierLines Recent(string quartierId, DateTimeOffset since, DateTimeOffset now, Dictionary<string, QuartierLines> cache)
    {
        if (!cache.TryGetValue(quartierId, out var recent) || recent.Since > since)
        {
            // Read a weekly digest's window at least, so that daily and weekly residents of the quartier share one read
            // (each digest filters by its own watermark); sorted and rendered once here, in the digest's order.
            var weekAgo = now - DigestSchedule.Period(DigestFrequency.Weekly);
            var from = since < weekAgo ? since : weekAgo;
            recent = new QuartierLines(
                recent?.Name ?? quartierNames.Of(quartierId), from, DigestComposer.InDisplayOrder(Lines(quartierId, from, now)).Select(DigestEntry.Of).ToList());
            cache[quartierId] = recent;
        }

        return recent;
    }

    /// <summary>The open listings of a quartier published in (<paramref name="since"/>, <paramref name="now"/>], as digest lines.</summary>
    public IReadOnlyList<DigestLine> Lines(string quartierId, DateTimeOffset since, DateTimeOffset now) =>
        marks.OpenListingsSince(quartierId, since).Where(l => l.PublishedAt <= now).ToList();

    /// <summary>A fresh watermark for a resident (their first digest covers the last day or week).</summary>
    public DigestMark FirstMark(Resident resident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return FirstMark(resident.Id, resident.Digest, now);
    }

    private DigestMark FirstMark(long residentId, DigestPreference preference, DateTimeOffset now) => new()
    {
        ChatId = residentId,
        Since = now - DigestSchedule.Period(preference.Frequency),
        LastDueAt = now,
        NextDueAt = _schedule.NextPrivateSlot(residentId, preference, now),
    };

    private static bool Wanted(DigestPreference preference, DigestLine line) =>
        (preference.Kinds.Count == 0 || preference.Kinds.Contains(line.Kind))
        && (preference.Categories.Count == 0 || preference.Categories.Contains(line.Category));

    private static OutboxMessage ToOutbox(Core.Messaging.OutboundAction action, DateTimeOffset now) => new()
    {
        Priority = OutboxPriority.Digest,
        ChatId = action.ChatId,
        Action = action,
        CreatedAt = now,
        NextAttemptAt = now,
        Correlation = CorrelationPrefix + action.ChatId.ToString(CultureInfo.InvariantCulture),
    };

    private int RunGroups(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var anchor = marks.Find(ScheduleMarkId);
        if (anchor is null)
        {
            // First start with digests: the schedule begins now, nothing from before is "missed".
            marks.Save(new DigestMark { ChatId = ScheduleMarkId, Since = now, LastDueAt = now });
            return 0;
        }

        if (_schedule.LatestGroupOccurrence(anchor.LastDueAt, now) is not { } occurrence)
        {
            return 0;
        }

        var sent = 0;
        var linked = LinkedQuartiers();
        var recent = RecentLines(linked, anchor, now);
        foreach (var quartier in linked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var chatId in quartier.GroupChatIds)
            {
                try
                {
                    sent += SendGroup(quartier, chatId, anchor, occurrence, now, recent.GetValueOrDefault(quartier.Id) ?? []);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One group that cannot be written must not hold back the others; its watermark did not move.
                    logger.LogError(e, "The digest of group {ChatId} failed", chatId);
                }
            }
        }

        marks.Save(anchor with { LastDueAt = occurrence });
        return sent;
    }

    /// <summary>
    /// The recap every linked group would get now (what the scheduled run sends), built from one read of the
    /// listings published since the oldest group watermark.
    /// </summary>
    public IReadOnlyList<(Quartier Quartier, IReadOnlyList<string> Messages)> PreviewGroups()
    {
        var now = timeProvider.GetUtcNow();
        var anchor = marks.Find(ScheduleMarkId) ?? new DigestMark { ChatId = ScheduleMarkId, Since = now.AddDays(-1), LastDueAt = now.AddDays(-1) };
        var linked = LinkedQuartiers();
        var recent = RecentLines(linked, anchor, now);
        return linked.Select(q =>
        {
            var since = q.GroupChatIds.Select(id => GroupSince(id, anchor)).Min();
            var lines = (recent.GetValueOrDefault(q.Id) ?? []).Where(l => l.PublishedAt > since).ToList();
            return (q, DigestComposer.GroupMessages(quartierNames.Of(q.Id), lines, listingOptions.Value.BotUsername));
        }).ToList();
    }

    /// <summary>Open listings of these quartiers published since the oldest of their groups' watermarks (and not after now).</summary>
    private Dictionary<string, IReadOnlyList<DigestLine>> RecentLines(List<Quartier> linked, DigestMark anchor, DateTimeOffset now)
    {
        if (linked.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<DigestLine>>(StringComparer.Ordinal);
        }

        var oldest = linked.SelectMany(q => q.GroupChatIds).Select(id => GroupSince(id, anchor)).Min();
        return marks.OpenListingsSince(linked.Select(q => q.Id).ToList(), oldest)
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<DigestLine>)[.. kv.Value.Where(l => l.PublishedAt <= now)], StringComparer.Ordinal);
    }

    /// <summary>Quartiers with at least one linked group, in a stable order.</summary>
    private List<Quartier> LinkedQuartiers() =>
        quartiers.All().Where(q => q.GroupChatIds.Count > 0).OrderBy(q => q.Id, StringComparer.Ordinal).ToList();

    /// <summary>Where a group's next recap starts: its own watermark, or the schedule's last run for a group never sent one.</summary>
    private DateTimeOffset GroupSince(long chatId, DigestMark anchor) => marks.Find(chatId)?.Since ?? anchor.LastDueAt;

    private int SendGroup(Quartier quartier, long chatId, DigestMark anchor, DateTimeOffset occurrence, DateTimeOffset now, IReadOnlyList<DigestLine> recent)
    {
        var mark = marks.Find(chatId);
        if (mark is not null && mark.LastDueAt >= occurrence)
        {
            return 0;
        }

        var since = mark?.Since ?? anchor.LastDueAt;
        var texts = DigestComposer.GroupMessages(quartierNames.Of(quartier.Id), [.. recent.Where(l => l.PublishedAt > since)], listingOptions.Value.BotUsername);
        var rows = texts.Select(text => ToOutbox(
                new Core.Messaging.OutboundAction { Kind = Core.Messaging.OutboundActionKind.SendText, ChatId = chatId, Text = text, IsHtml = true },
                now))
            .ToList();
        var unitOfWork = unitOfWorkFactory.Begin();
        using (UnitOfWorkScope.Begin(unitOfWork))
        {
            unitOfWork.Stage(() =>
            {
                foreach (var row in rows)
                {
                    outbox.Enqueue(row);
                }

                marks.Save(new DigestMark { ChatId = chatId, Since = now, LastDueAt = occurrence });
            });
            unitOfWork.Commit();
        }

        return rows.Count;
    }

    private void Discover(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = 0;
        foreach (var quartier in quartiers.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var resident in marks.Recipients(quartier.Id))
            {
                if (resident.Verification < VerificationLevel.Address || resident.Preference.Frequency == DigestFrequency.Never || marks.Find(resident.Id) is not null)
                {
                    continue;
                }

                marks.Save(FirstMark(resident.Id, resident.Preference, now));
                found++;
            }
        }

        if (found > 0)
        {
            logger.LogInformation("{Count} resident(s) will receive their first private digest", found);
        }
    }

    private (int Sent, int Skipped) RunPrivates(DateTimeOffset now, CancellationToken cancellationToken)
    {
        int sent = 0, skipped = 0;
        var cache = new Dictionary<string, QuartierLines>(StringComparer.Ordinal);
        foreach (var mark in marks.DueBy(now, options.Value.PrivatePerMinute))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var built = BuildPrivate(mark, now, cache);
                var unitOfWork = unitOfWorkFactory.Begin();
                using (UnitOfWorkScope.Begin(unitOfWork))
                {
                    unitOfWork.Stage(() =>
                    {
                        // The resident may have changed their preference (a new slot) since the marks were read.
                        var current = marks.Find(mark.ChatId);
                        if (current is null || current.NextDueAt != mark.NextDueAt)
                        {
                            return;
                        }

                        if (built is not { } result)
                        {
                            marks.Delete(mark.ChatId);
                            return;
                        }

                        if (result.Message is { } message)
                        {
                            outbox.Enqueue(message);
                            sent++;
                        }

                        skipped += result.Skipped ? 1 : 0;
                        marks.Save(result.Mark);
                    });
                    unitOfWork.Commit();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The private digest of resident {ResidentId} failed", mark.ChatId);
            }
        }

        return (sent, skipped);
    }
}

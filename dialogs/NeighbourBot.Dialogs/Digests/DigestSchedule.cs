using Cronos;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// When digests fall due, in the configured zone: the group cron (Cronos handles the daylight-saving changes: a time that
/// does not exist fires once just after the gap, a time that happens twice fires once), and each resident's private slot
/// (their hour, plus a few minutes that spread a quartier's residents over the hour).
/// </summary>
public sealed class DigestSchedule(CronExpression cron, TimeZoneInfo zone, int spreadMinutes)
{
    public TimeZoneInfo Zone => zone;

    public static DigestSchedule From(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DigestSchedule(options.Cron(), options.Zone(), options.SpreadMinutes);
    }

    /// <summary>The latest group occurrence in (<paramref name="after"/>, <paramref name="now"/>], or null: missed ones collapse into one.</summary>
    public DateTimeOffset? LatestGroupOccurrence(DateTimeOffset after, DateTimeOffset now)
    {
        DateTimeOffset? latest = null;
        var next = cron.GetNextOccurrence(after, zone, inclusive: false);
        while (next is { } occurrence && occurrence <= now)
        {
            latest = occurrence;
            next = cron.GetNextOccurrence(occurrence, zone, inclusive: false);
        }

        return latest;
    }

    public DateTimeOffset? NextGroupOccurrence(DateTimeOffset after) => cron.GetNextOccurrence(after, zone, inclusive: false);

    /// <summary>The minutes after the hour at which this resident's digest goes, the same every time.</summary>
    public int SpreadOf(long residentId) => spreadMinutes <= 1 ? 0 : (int)(Mix((ulong)residentId) % (ulong)spreadMinutes);

    /// <summary>The first private slot strictly after <paramref name="after"/>, or null when the resident wants none.</summary>
    public DateTimeOffset? NextPrivateSlot(long residentId, DigestPreference preference, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(preference);
        if (preference.Frequency == DigestFrequency.Never)
        {
            return null;
        }

        var hour = Math.Clamp(preference.Hour, 0, 23);
        var minutes = SpreadOf(residentId);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime).AddDays(-1);
        for (var i = 0; i < 16; i++, day = day.AddDays(1))
        {
            if (preference.Frequency == DigestFrequency.Weekly && day.DayOfWeek != preference.Day)
            {
                continue;
            }

            var slot = ToInstant(day.ToDateTime(new TimeOnly(hour, minutes)));
            if (slot > after)
            {
                return slot;
            }
        }

        throw new InvalidOperationException("No private slot within 16 days.");
    }

    /// <summary>The period a private digest covers the first time (a day or a week).</summary>
    public static TimeSpan Period(DigestFrequency frequency) =>
        frequency == DigestFrequency.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);

    // SplitMix64's finaliser (https://prng.di.unimi.it/splitmix64.c): neighbouring ids land on unrelated minutes.
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        if (zone.IsInvalidTime(local))
        {
            // In the spring gap: the hour that does not exist is read as the one after it.
            local = local.AddHours(1);
        }

        // A time that happens twice goes with its first instance (summer time), so it is one slot, not two.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}

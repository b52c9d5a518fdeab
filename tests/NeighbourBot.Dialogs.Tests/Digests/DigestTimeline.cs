using System.Globalization;
using System.Text.RegularExpressions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Digests;

/// <summary>Drives digest runs over simulated time with the world's fake clock, and reads back what each recipient got.</summary>
public sealed partial class DigestTimeline(BotWorld world, DigestJobs jobs)
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private int _seen;

    /// <summary>Every digest row handed to the outbox, with the (fake) time of the run that produced it.</summary>
    public List<(DateTimeOffset At, OutboxMessage Row)> Sent { get; } = [];

    public BotWorld World => world;

    /// <summary>Runs the jobs every <paramref name="step"/> until <paramref name="until"/>, calling <paramref name="beforeRun"/> first each time.</summary>
    public async Task RunUntilAsync(DateTimeOffset until, TimeSpan step, Action<DateTimeOffset>? beforeRun = null)
    {
        while (world.Clock.GetUtcNow() + step <= until)
        {
            world.Clock.Advance(step);
            beforeRun?.Invoke(world.Clock.GetUtcNow());
            await RunAsync();
        }
    }

    public async Task<DigestRun> RunAsync()
    {
        var run = await jobs.RunOnceAsync(CancellationToken.None);
        var rows = world.Outbox.Rows;
        foreach (var row in rows.Skip(_seen).Where(r => r.Priority == OutboxPriority.Digest))
        {
            Sent.Add((world.Clock.GetUtcNow(), row));
        }

        _seen = rows.Count;
        return run;
    }

    /// <summary>A listing published now (as the publisher would save it), open for 14 days.</summary>
    public Listing Publish(long authorId, ListingKind kind, string title, ListingCategory category = ListingCategory.Other, string quartierId = "centre-ville")
    {
        var now = world.Clock.GetUtcNow();
        return world.Listings.Save(new Listing
        {
            AuthorId = authorId,
            QuartierId = quartierId,
            Kind = kind,
            Title = title,
            Text = title,
            MaskedText = title,
            Category = category,
            Status = ListingStatus.Open,
            CreatedAt = now,
            PublishedAt = now,
            UpdatedAt = now,
            ExpiresAt = now.AddDays(14),
        });
    }

    public IReadOnlyList<(DateTimeOffset At, OutboxMessage Row)> To(long chatId) => Sent.Where(s => s.Row.ChatId == chatId).ToList();

    /// <summary>The listing ids a digest row shows: deep links in a group recap, "Voir" buttons in a private digest.</summary>
    public static IReadOnlyList<long> ListingIds(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Action.IsHtml)
        {
            return DeepLink().Matches(row.Action.Text).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        }

        return row.Action.Buttons.SelectMany(b => b)
            .Select(b => b.Data ?? "")
            .Where(d => d.StartsWith(DigestPayload.Of(DigestPayload.Show, ""), StringComparison.Ordinal))
            .Select(d => long.Parse(d.AsSpan(DigestPayload.Of(DigestPayload.Show, "").Length), CultureInfo.InvariantCulture))
            .ToList();
    }

    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris).DateTime;

    [GeneratedRegex(@"\?start=annonce_(\d+)""")]
    private static partial Regex DeepLink();
}

using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Digests;

public sealed class DigestJobsServiceSpecs
{
    [Fact]
    public async Task The_service_starts_the_schedule_at_start_and_sends_the_recap_when_its_clock_reaches_18_h_in_Paris()
    {
        var world = World();
        using var service = new DigestJobsService(world.DigestJobs, world.Clock, NullLogger<DigestJobsService>.Instance);

        await service.StartAsync(CancellationToken.None);
        // ExecuteAsync runs on the thread pool: wait for the signal that the first run is done (no sleep).
        var started = SpinWait.SpinUntil(() => world.Digests.Find(DigestJobs.ScheduleMarkId) is not null, TimeSpan.FromSeconds(10));
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        var before = RecapsTo(world);
        world.Clock.Advance(new DateTimeOffset(2026, 11, 26, 17, 0, 0, TimeSpan.Zero) - world.Clock.GetUtcNow());

        // The service may still have been finishing its first run when the clock jumped, and then waits a minute of its
        // clock: move the clock a minute whenever the service has had a moment to run, until the recap is out.
        var nudge = System.Diagnostics.Stopwatch.StartNew();
        var sent = SpinWait.SpinUntil(
            () =>
            {
                if (RecapsTo(world) > before)
                {
                    return true;
                }

                if (nudge.ElapsedMilliseconds > 50)
                {
                    world.Clock.Advance(TimeSpan.FromMinutes(1));
                    nudge.Restart();
                }

                return false;
            },
            TimeSpan.FromSeconds(20));
        await service.StopAsync(CancellationToken.None);

        Assert.True(started, "the first run happened at start");
        Assert.Equal(0, before);
        Assert.True(sent, "the recap went out once the injected clock passed 18:00 Paris");
        var recap = Assert.Single(world.Outbox.To(Group), r => r.Priority == OutboxPriority.Digest);
        Assert.Equal([listing.Id], DigestTimeline.ListingIds(recap));
    }

    private static int RecapsTo(BotWorld world) => world.Outbox.To(Group).Count(r => r.Priority == OutboxPriority.Digest);
}

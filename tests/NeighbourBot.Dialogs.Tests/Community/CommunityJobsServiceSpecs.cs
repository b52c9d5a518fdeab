using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Community;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Community;

public sealed class CommunityJobsServiceSpecs
{
    [Fact]
    public async Task The_service_catches_up_at_start_and_then_runs_every_minute_of_its_clock()
    {
        var world = World();
        var overdue = await PublishAsync(world, Marie, "je donne une télé");
        var later = await PublishAsync(world, Sophie, "je donne une table");
        world.Clock.Advance(overdue.ExpiresAt!.Value - world.Clock.GetUtcNow());
        using var service = new CommunityJobsService(world.CommunityJobs, world.Clock, NullLogger<CommunityJobsService>.Instance);

        await service.StartAsync(CancellationToken.None);
        // ExecuteAsync runs on the thread pool: wait for the signal that the first run is done (no sleep).
        var ranAtStart = SpinWait.SpinUntil(() => world.Listings.Find(overdue.Id)!.Status == ListingStatus.Expired, TimeSpan.FromSeconds(10));
        var laterAtStart = world.Listings.Find(later.Id)!.Status;
        world.Clock.Advance(later.ExpiresAt!.Value - world.Clock.GetUtcNow());
        world.Clock.Advance(CommunityJobsService.Interval);
        var expiredOnTick = SpinWait.SpinUntil(() => world.Listings.Find(later.Id)!.Status == ListingStatus.Expired, TimeSpan.FromSeconds(10));
        await service.StopAsync(CancellationToken.None);

        Assert.True(ranAtStart, "the overdue listing expired as soon as the service started");
        Assert.Equal(ListingStatus.Open, laterAtStart);
        Assert.True(expiredOnTick, "the next tick of the injected clock ran the jobs");
    }
}

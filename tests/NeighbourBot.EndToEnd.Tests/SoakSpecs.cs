using System.Globalization;
using NeighbourBot.EndToEnd.Tests.Soak;
using Xunit.Abstractions;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>
/// The whole system under faults and crashes, in CI's short form (the long runs: <c>NeighbourBot.Benchmarks soak</c>).
/// Each spec prints its counts; a broken invariant lists what broke.
/// </summary>
public sealed class SoakSpecs(ITestOutputHelper output)
{
    /// <summary>CI runs the fixed seeds; <c>NEIGHBOURBOT_SOAK_SEED</c> replays a reported run or tries another.</summary>
    private static int SeedOr(int fixedSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("NEIGHBOURBOT_SOAK_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : fixedSeed;

    [Fact]
    public async Task Residents_of_every_quartier_post_reply_reserve_and_give_through_faults_and_nothing_is_lost_or_leaked()
    {
        var report = await SoakRun.RunAsync(new SoakOptions
        {
            Residents = 27,
            Duration = TimeSpan.FromSeconds(10),
            Seed = SeedOr(20_261_126),
            FaultRate = 0.05,
            GeocoderFaultRate = 0.2,
            Log = output.WriteLine,
        });

        output.WriteLine(report.ToString());
        Assert.Empty(report.Violations);
        Assert.Equal(27, report.SignedUp);
        Assert.True(report.Geocoder?.Faults > 0, "the geocoder never failed");
        Assert.True(report.ListingsPublished > 0, "no listing was published");
        Assert.True(report.Actions.GetValueOrDefault("give") > 0, "no listing was given");
        Assert.True(report.Faults.Total > 0, "no fault was injected");
        Assert.Equal(0, report.Losses);
        Assert.Equal(0, report.CrashDuplicates);
    }

    [Fact]
    public async Task The_host_killed_at_random_moments_and_restarted_on_the_same_database_loses_nothing()
    {
        var report = await SoakRun.RunAsync(new SoakOptions
        {
            Residents = 18,
            Duration = TimeSpan.FromSeconds(10),
            FaultRate = 0.03,
            Crashes = 3,
            Seed = SeedOr(7),
            GeocoderFaultRate = 0.2,
            Log = output.WriteLine,
        });

        output.WriteLine(report.ToString());
        Assert.Empty(report.Violations);
        Assert.Equal(3, report.Crashes);
        Assert.Equal(18, report.SignedUp);
        Assert.True(report.Geocoder?.Faults > 0, "the geocoder never failed");
        Assert.True(report.ListingsPublished > 0, "no listing was published");
        Assert.Equal(0, report.Losses);
    }
}

using System.Net;
using NeighbourBot.EndToEnd.Tests.Soak;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>The local geocoder the end-to-end runs use: BAN's answers for the soak's streets, and faults only when asked.</summary>
public sealed class LocalBanGeocoderSpecs
{
    [Fact]
    public async Task Every_soak_street_is_found_by_the_geocoder_in_the_quartier_the_gazetteer_gives()
    {
        await using var geocoder = LocalBanGeocoder.Start();
        using var http = new HttpClient();
        var map = GeoJsonQuartierMap.Load(Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "quartiers.geojson"));
        var wrong = new List<string>();

        foreach (var street in SoakStreet.Load())
        {
            var typed = "7 " + street.Name;
            var body = await http.GetStringAsync(new Uri($"{geocoder.BaseUrl}/search/?q={Uri.EscapeDataString(typed)}&index=address&autocomplete=0&limit=5&citycode=21231"));
            var decision = AddressDecision.Decide(BanFeatureParser.Parse(body, typed));
            var found = decision.Candidates.Count > 0 ? decision.Candidates[0].Address : null;
            var quartier = found is null ? null : map.Locate(found.Longitude, found.Latitude)?.Quartier.Name;
            if (decision.Outcome != AddressLookupOutcome.Confirm || found?.Street != street.Name || found.HouseNumber != "7" || quartier != street.Quartier)
            {
                wrong.Add($"{typed}: {decision.Outcome}, {found?.Label} in {quartier}");
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(0, geocoder.Counts.Faults);
    }

    [Fact]
    public async Task A_search_filtered_on_another_commune_finds_no_Dijon_street()
    {
        await using var geocoder = LocalBanGeocoder.Start();
        using var http = new HttpClient();

        var body = await http.GetStringAsync(new Uri($"{geocoder.BaseUrl}/search/?q={Uri.EscapeDataString("12 rue de la Liberté")}&limit=5&citycode=21617"));

        Assert.Empty(BanFeatureParser.Parse(body, "12 rue de la Liberté"));
    }

    [Fact]
    public async Task At_full_fault_rate_every_request_fails_and_each_fault_is_counted_by_kind()
    {
        await using var geocoder = LocalBanGeocoder.Start(faultRate: 1, seed: 3, slowAnswer: TimeSpan.FromSeconds(2));

        // A fresh connection per request: a connection cut by a dropped answer is never reused.
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        http.DefaultRequestHeaders.ConnectionClose = true;
        var succeeded = 0;

        for (var i = 0; i < 20; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"{geocoder.BaseUrl}/search/?q=12+rue+de+la+Libert%C3%A9&limit=5"));
                await response.Content.ReadAsStringAsync();
                succeeded += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // A dropped connection or an answer slower than this client waits: the faults under test.
            }
        }

        // Under a loaded run, a client that gave up after 500 ms may have done so before the geocoder took its request (seen
        // in full CI runs: 19 of 20): give the geocoder time to take the rest, then check what it did with what it took.
        try
        {
            await geocoder.WaitForRequestsAsync(20, TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Some requests never reached it: the checks below hold for those that did.
        }

        var counts = geocoder.Counts;
        Assert.Equal(0, succeeded);
        Assert.InRange(counts.Requests, 15, 20);
        Assert.Equal(counts.Requests, counts.Faults);
        Assert.All(new[] { counts.ServerErrors, counts.Unavailable, counts.Slow, counts.Dropped }, n => Assert.True(n > 0));
    }
}

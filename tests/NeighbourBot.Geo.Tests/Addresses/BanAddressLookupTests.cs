using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;
using NeighbourBot.Geo.Tests.Support;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class BanAddressLookupTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task I_can_confirm_an_exact_house_number_in_Dijon()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("12 rue de la liberté 21000 dijon", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        var found = Assert.Single(result.Candidates);
        Assert.Equal(AddressMatchType.HouseNumber, found.Type);
        Assert.Equal("12 Rue de la Liberté 21000 Dijon", found.Address.Label);
        Assert.Equal("12", found.Address.HouseNumber);
        Assert.Equal("Rue de la Liberté", found.Address.Street);
        Assert.Equal("21000", found.Address.PostCode);
        Assert.Equal("21231", found.Address.CityCode);
        Assert.Equal("Dijon", found.Address.City);
        Assert.Equal(5.036012, found.Address.Longitude, 6);
        Assert.Equal(47.322687, found.Address.Latitude, 6);
        Assert.Equal(BanFeatureParser.HouseNumberPrecisionMeters, found.Address.PrecisionMeters);
        Assert.Equal("ban", found.Address.Provider);
        Assert.Equal("12 rue de la liberté 21000 dijon", found.Address.TypedText);
    }

    [Fact]
    public async Task The_geocoder_is_asked_for_addresses_in_the_served_commune_without_autocomplete()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, _time);

        await lookup.LookupAsync("  12 rue de la liberté 21000 dijon ", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/geocodage/search", request.AbsolutePath);
        var query = new ServedRequest(1, request).Query;
        Assert.Equal("12 rue de la liberté 21000 dijon", query["q"]);
        Assert.Equal("address", query["index"]);
        Assert.Equal("0", query["autocomplete"]);
        Assert.Equal("5", query["limit"]);
        Assert.Equal("21231", query["citycode"]);
    }

    [Fact]
    public async Task Each_served_commune_gets_its_own_filtered_search()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, _time, cityCodes: ["21231", "21617"]);

        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal(
            new[] { "21231", "21617" },
            server.Requests.Select(r => new ServedRequest(0, r).Query["citycode"] ?? "").Order());
    }

    [Fact]
    public async Task A_street_without_a_number_asks_for_the_number()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.StreetOnly));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("rue monge dijon", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.NeedHouseNumber, result.Outcome);
        var street = Assert.Single(result.Candidates);
        Assert.Equal(AddressMatchType.Street, street.Type);
        Assert.Equal("Rue Monge", street.Address.Street);
        Assert.Null(street.Address.HouseNumber);
        Assert.Equal(BanFeatureParser.StreetPrecisionMeters, street.Address.PrecisionMeters);
    }

    [Fact]
    public async Task Namesake_streets_in_other_towns_are_filtered_out_and_Dijons_is_kept()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Ambiguous));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("boulevard de strasbourg", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.NeedHouseNumber, result.Outcome);
        var kept = Assert.Single(result.Candidates);
        Assert.Equal("Boulevard de Strasbourg 21000 Dijon", kept.Address.Label);
        Assert.Equal("21231", kept.Address.CityCode);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task A_town_centroid_with_a_low_score_is_not_an_address()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Garbage));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("xzqw plorb dijon", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.NotFound, result.Outcome);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public async Task No_features_means_not_found()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Empty));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("1 impasse des nuages", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.NotFound, result.Outcome);
        // The served search, then one unfiltered search in case the address is in another commune.
        Assert.Equal(2, server.RequestCount);
        Assert.False(new ServedRequest(2, server.Requests[1]).HasCityCode);
    }

    [Fact]
    public async Task A_400_from_the_geocoder_means_the_text_is_invalid()
    {
        await using var server = new LocalBanServer(_ => Reply.Status(System.Net.HttpStatusCode.BadRequest, File.ReadAllText(Fixtures.Ban(Fixtures.Error400))));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("abc", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Invalid, result.Outcome);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task An_address_in_a_named_neighbouring_commune_is_out_of_area_with_its_code_and_name()
    {
        await using var server = new LocalBanServer(r => Reply.Fixture(r.HasCityCode ? Fixtures.Empty : Fixtures.Talant));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("5 rue Jules Ferry, Talant", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.OutOfArea, result.Outcome);
        Assert.Equal("21617", result.OutOfAreaCityCode);
        Assert.Equal("Talant", result.OutOfAreaCityName);
        Assert.Equal("5 Rue Jules Ferry 21240 Talant", Assert.Single(result.Candidates).Address.Label);
    }

    [Fact]
    public async Task A_named_neighbouring_commune_wins_over_an_uncertain_Dijon_namesake()
    {
        var uncertainDijon = File.ReadAllText(Fixtures.Ban(Fixtures.Exact)).Replace("0.9735872727272727", "0.62", StringComparison.Ordinal);
        await using var server = new LocalBanServer(r => r.HasCityCode
            ? new Reply(System.Net.HttpStatusCode.OK, uncertainDijon, [])
            : Reply.Fixture(Fixtures.Talant));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("5 rue Jules Ferry 21240 Talant", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.OutOfArea, result.Outcome);
        Assert.Equal("21617", result.OutOfAreaCityCode);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Uncertain_Dijon_candidates_stay_on_offer_when_no_other_commune_was_named()
    {
        var uncertainDijon = File.ReadAllText(Fixtures.Ban(Fixtures.Exact)).Replace("0.9735872727272727", "0.62", StringComparison.Ordinal);
        await using var server = new LocalBanServer(r => r.HasCityCode
            ? new Reply(System.Net.HttpStatusCode.OK, uncertainDijon, [])
            : Reply.Fixture(Fixtures.Talant));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("12 rue de la libre", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Choose, result.Outcome);
        Assert.Equal("12 Rue de la Liberté 21000 Dijon", Assert.Single(result.Candidates).Address.Label);
    }

    [Fact]
    public async Task A_confident_match_in_a_town_the_resident_did_not_name_is_not_out_of_area()
    {
        await using var server = new LocalBanServer(r => Reply.Fixture(r.HasCityCode ? Fixtures.Empty : Fixtures.Ambiguous));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("boulevard de strasbourg", CancellationToken.None);

        // Paris's boulevard scores 0.81 but the resident never said Paris: a typo in Dijon is likelier.
        Assert.Equal(AddressLookupOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task The_same_address_typed_differently_is_looked_up_once()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var lookup = BanClients.Create(server, _time);

        await lookup.LookupAsync("12 rue de la liberté 21000 dijon", CancellationToken.None);
        var again = await lookup.LookupAsync("12  Rue de la LIBERTE 21000 Dijon", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, again.Outcome);
        Assert.Equal("12  Rue de la LIBERTE 21000 Dijon", again.Candidates[0].Address.TypedText);
        Assert.Equal(1, server.RequestCount);

        _time.Advance(TimeSpan.FromHours(7));
        await lookup.LookupAsync("12 rue de la liberté 21000 dijon", CancellationToken.None);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task I_can_find_the_address_of_a_shared_location()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Reverse));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.ReverseAsync(5.03605, 47.32272, CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal("12 Rue de la Liberté 21000 Dijon", Assert.Single(result.Candidates).Address.Label);
        var request = new ServedRequest(1, Assert.Single(server.Requests));
        Assert.Equal("/geocodage/reverse", request.Url.AbsolutePath);
        Assert.Equal("5.03605", request.Query["lon"]);
        Assert.Equal("47.32272", request.Query["lat"]);
    }

    [Fact]
    public async Task A_broken_answer_is_unavailable_not_an_exception()
    {
        await using var server = new LocalBanServer(_ => new Reply(System.Net.HttpStatusCode.OK, "<html>maintenance</html>", []));
        var lookup = BanClients.Create(server, _time);

        var result = await lookup.LookupAsync("12 rue de la liberté", CancellationToken.None);

        Assert.Equal(AddressLookupOutcome.Unavailable, result.Outcome);
    }
}

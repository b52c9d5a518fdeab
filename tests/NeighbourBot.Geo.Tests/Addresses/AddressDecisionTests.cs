using NeighbourBot.Core.Residents;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Geo.Tests.Addresses;

public sealed class AddressDecisionTests
{
    [Fact]
    public void A_confident_house_number_with_a_clear_lead_is_confirmed()
    {
        var result = AddressDecision.Decide([House("12", "Rue Monge", 0.9), House("12", "Rue Mongé", 0.79)]);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
        Assert.Equal("12 Rue Monge 21000 Dijon", Assert.Single(result.Candidates).Address.Label);
    }

    [Fact]
    public void Two_close_house_numbers_are_offered_to_choose()
    {
        var result = AddressDecision.Decide([House("12", "Rue Monge", 0.85), House("12", "Rue Vauban", 0.8)]);

        Assert.Equal(AddressLookupOutcome.Choose, result.Outcome);
        Assert.Equal(2, result.Candidates.Count);
    }

    [Fact]
    public void The_street_listed_under_its_own_house_number_is_no_rival()
    {
        var result = AddressDecision.Decide([House("12", "Rue Monge", 0.9), Street("Rue Monge", 0.88)]);

        Assert.Equal(AddressLookupOutcome.Confirm, result.Outcome);
    }

    [Fact]
    public void A_lone_uncertain_match_is_offered_not_confirmed()
    {
        var result = AddressDecision.Decide([House("12", "Rue Monge", 0.6)]);

        Assert.Equal(AddressLookupOutcome.Choose, result.Outcome);
        Assert.Single(result.Candidates);
    }

    [Fact]
    public void Town_and_locality_centroids_and_low_scores_are_not_addresses()
    {
        var town = new AddressCandidate(new ResidentAddress { Label = "Dijon", CityCode = "21231" }, 0.95, AddressMatchType.Municipality);
        var place = new AddressCandidate(new ResidentAddress { Label = "Les Valendons", CityCode = "21231" }, 0.9, AddressMatchType.Locality);

        var result = AddressDecision.Decide([town, place, House("1", "Rue Monge", 0.49)]);

        Assert.Equal(AddressLookupOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public void At_most_five_choices_without_duplicate_labels()
    {
        var many = Enumerable.Range(1, 8).Select(i => House(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Rue Monge", 0.6 + (i / 100.0)))
            .Append(House("8", "Rue Monge", 0.55))
            .ToList();

        var result = AddressDecision.Decide(many);

        Assert.Equal(AddressLookupOutcome.Choose, result.Outcome);
        Assert.Equal(5, result.Candidates.Count);
        Assert.Equal(result.Candidates.Count, result.Candidates.Select(c => c.Address.Label).Distinct().Count());
        Assert.Equal("8 Rue Monge 21000 Dijon", result.Candidates[0].Address.Label);
        Assert.Equal(0.68, result.Candidates[0].Score, 6);
    }

    private static AddressCandidate House(string number, string street, double score) => new(
        new ResidentAddress { Label = $"{number} {street} 21000 Dijon", HouseNumber = number, Street = street, CityCode = "21231" },
        score,
        AddressMatchType.HouseNumber);

    private static AddressCandidate Street(string street, double score) => new(
        new ResidentAddress { Label = $"{street} 21000 Dijon", Street = street, CityCode = "21231" },
        score,
        AddressMatchType.Street);
}

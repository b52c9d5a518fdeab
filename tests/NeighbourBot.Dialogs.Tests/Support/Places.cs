using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Tests.Support;

/// <summary>The addresses the fake geocoder knows, in two fake quartiers of Dijon.</summary>
public static class Places
{
    public const string Liberte = "12 rue de la Liberté, Dijon";
    public const string LiberteStreetOnly = "rue de la Liberté";
    public const string VictorHugo = "3 Victor Hugo Dijon";
    public const string Drapeau = "10 rue du Drapeau, Dijon";
    public const string Beaune = "5 rue de la Gare, Beaune";

    public static readonly ResidentAddress LiberteAddress = FakeAddressLookup.Address("12", "Rue de la Liberté", 5.0372, 47.3222);
    public static readonly ResidentAddress LiberteStreet = FakeAddressLookup.Address(null, "Rue de la Liberté", 5.0380, 47.3220);
    public static readonly ResidentAddress DrapeauAddress = FakeAddressLookup.Address("10", "Rue du Drapeau", 5.0600, 47.3400);
    public static readonly ResidentAddress AvenueVictorHugo = FakeAddressLookup.Address("3", "Avenue Victor Hugo", 5.0300, 47.3250);
    public static readonly ResidentAddress RueVictorHugo = FakeAddressLookup.Address("3", "Rue Victor Hugo", 5.0610, 47.3410);
    public static readonly ResidentAddress GareBeaune = FakeAddressLookup.Address("5", "Rue de la Gare", 4.8400, 47.0200, "21200", "Beaune", "21054");

    public static FakeQuartierMap Map() => new FakeQuartierMap()
        .Add("centre-ville", "Centre-ville", 5.02, 47.31, 5.05, 47.33)
        .Add("gresilles", "Grésilles", 5.05, 47.33, 5.07, 47.35)
        .Add("montchapet", "Montchapet", 5.00, 47.33, 5.03, 47.35);

    public static FakeAddressLookup Lookup() => new FakeAddressLookup()
        .Answer(Liberte, Confirm(LiberteAddress))
        .Answer("12 Rue de la Liberté, 21000 Dijon", Confirm(LiberteAddress))
        .Answer(Drapeau, Confirm(DrapeauAddress))
        .Answer(LiberteStreetOnly, new AddressLookupResult
        {
            Outcome = AddressLookupOutcome.NeedHouseNumber,
            Candidates = [new AddressCandidate(LiberteStreet, 0.9, AddressMatchType.Street)],
        })
        .Answer(VictorHugo, new AddressLookupResult
        {
            Outcome = AddressLookupOutcome.Choose,
            Candidates =
            [
                new AddressCandidate(AvenueVictorHugo, 0.8, AddressMatchType.HouseNumber),
                new AddressCandidate(RueVictorHugo, 0.79, AddressMatchType.HouseNumber),
            ],
        })
        .Answer(Beaune, new AddressLookupResult
        {
            Outcome = AddressLookupOutcome.OutOfArea,
            Candidates = [new AddressCandidate(GareBeaune, 0.95, AddressMatchType.HouseNumber)],
            OutOfAreaCityCode = "21054",
            OutOfAreaCityName = "Beaune",
        });

    private static AddressLookupResult Confirm(ResidentAddress address) => new()
    {
        Outcome = AddressLookupOutcome.Confirm,
        Candidates = [new AddressCandidate(address, 0.95, AddressMatchType.HouseNumber)],
    };
}

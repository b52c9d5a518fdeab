using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Probe messages written for these tests, none taken from the corpus: everyday things the object lexicon was widened
/// with (regional sweets, produce, diving gear, mobility aids, Christmas crib figures, building supplies), named and filed
/// by what they are rather than read as a neighbouring word ("calissons" is no "caisson").
/// </summary>
public sealed class LexiconWideningTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Vends calissons faits maison, 5€ la boîte", "calisson", ListingCategory.Food)]
    [InlineData("Je donne des bredeles de Noël, il en reste trop", "bredele", ListingCategory.Food)]
    [InlineData("Donne 3 grenades de mon jardin", "grenade", ListingCategory.Food)]
    [InlineData("Il nous reste des lapins en chocolat, qui en veut ?", "lapin en chocolat", ListingCategory.Food)]
    [InlineData("Donne piano de cuisson 5 feux, à venir chercher", "piano de cuisson", ListingCategory.Appliances)]
    [InlineData("Vends détendeur de plongée révisé, 80€", "détendeur de plongée", ListingCategory.SportsLeisure)]
    [InlineData("Je prête mon ordinateur de plongée pour vos vacances", "ordinateur de plongée", ListingCategory.SportsLeisure)]
    [InlineData("Cherche un lève-personne pour ma mère qui rentre de l'hôpital", "lève-personne", ListingCategory.Other)]
    [InlineData("Je donne des santons pour votre crèche", "santon", ListingCategory.Household)]
    [InlineData("Vends double vitrage 120 x 100, jamais posé", "double vitrage", ListingCategory.BuildingMaterials)]
    [InlineData("Donne des traverses de chemin de fer pour le potager", "traverse de chemin de fer", ListingCategory.BuildingMaterials)]
    [InlineData("Perdu une muselière noire près du parc", "muselière", ListingCategory.Animals)]
    [InlineData("Je donne une planche de bain pour baignoire", "planche de bain", ListingCategory.Other)]
    [InlineData("Vends moteur hors-bord 6 chevaux, 400€", "moteur hors-bord", ListingCategory.SportsLeisure)]
    [InlineData("Qui aurait une pomme de pin pour le bricolage des enfants ?", "pomme de pin", ListingCategory.GardenPlants)]
    public void Widened_objects_are_named_and_filed_by_what_they_are(string text, string firstItem, ListingCategory category)
    {
        var parse = Parser.Parse(text);

        Assert.Equal(firstItem, parse.Items.Count > 0 ? parse.Items[0] : null);
        Assert.Equal(category, parse.Category);
    }
}

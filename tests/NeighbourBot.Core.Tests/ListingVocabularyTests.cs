using NeighbourBot.Core.Listings;

namespace NeighbourBot.Core.Tests;

public sealed class ListingVocabularyTests
{
    [Theory]
    [InlineData(ListingKind.HelpOffer, "help_offer")]
    [InlineData(ListingKind.HelpRequest, "help_request")]
    [InlineData(ListingKind.Give, "give")]
    [InlineData(ListingKind.None, "none")]
    public void Kinds_use_the_contract_names(ListingKind kind, string wire)
    {
        Assert.Equal(wire, ListingVocabulary.ToWire(kind));
        Assert.True(ListingVocabulary.TryParseKind(wire, out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void Every_category_of_the_corpus_schema_has_a_name_and_a_french_label()
    {
        string[] schema =
        [
            "furniture", "appliances", "multimedia", "clothing", "kids", "books_culture", "diy_tools", "garden_plants", "food",
            "animals", "sports_leisure", "household", "building_materials", "transport", "service_diy", "service_garden",
            "service_moving", "service_lessons", "service_care", "service_errands", "service_it", "carpool", "event", "other", "none",
        ];

        Assert.Equal(schema.Order(), Enum.GetValues<ListingCategory>().Select(ListingVocabulary.ToWire).Order());
        Assert.All(Enum.GetValues<ListingCategory>().Where(c => c != ListingCategory.None), c => Assert.NotEqual("Aucune", ListingVocabulary.FrenchLabel(c)));
    }

    [Fact]
    public void An_unknown_name_is_refused() => Assert.False(ListingVocabulary.TryParseKind("donate", out _));
}

using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;

namespace NeighbourBot.Language.Tests.Parsing;

/// <summary>
/// Kinds at the edges of the schema, on messages written for these specs: a stranded driver asking for a tool borrows it,
/// the last of several changes of mind wins, and a recommendation or a closed listing is no listing.
/// </summary>
public sealed class KindEdgeTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Theory]
    [InlineData("Batterie morte devant la crèche, quelqu'un aurait des câbles de démarrage ?")]
    [InlineData("qq1 a des pinces pour ma batterie svp je suis coincé au parking du stade")]
    public void A_stranded_driver_asking_for_a_tool_borrows_it(string text)
    {
        Assert.Equal(ListingKind.Borrow, Parser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Je donne mon fauteuil… en fait je le vends 25€… bon non je le donne finalement", ListingKind.Give)]
    [InlineData("Vends grille-pain 8€, et puis non, je le donne, ce sera plus simple", ListingKind.Give)]
    [InlineData("Je donne mon fauteuil, enfin non, finalement je le vends 25€", ListingKind.Sell)]
    public void The_last_of_several_changes_of_mind_wins(string text, ListingKind kind)
    {
        Assert.Equal(kind, Parser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("Je recommande Sonia pour le repassage, rapide et soigneuse")]
    [InlineData("Très bon fromager au marché des Halles, je recommande !")]
    [InlineData("Je déconseille la carrosserie de l'avenue, travail bâclé")]
    [InlineData("Le buffet est vendu, merci à tous")]
    public void A_recommendation_or_a_closed_listing_is_no_listing(string text)
    {
        Assert.Equal(ListingKind.None, Parser.Parse(text).Kind);
    }
}

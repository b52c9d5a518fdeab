using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Fête   des VOISINS  ", "fete des voisins")]
    [InlineData("Œufs frais, crème brûlée", "oeufs frais, creme brulee")]
    [InlineData("l’école\u00A0Joséphine\u200BBaker", "l'ecole josephine baker")]
    [InlineData("Ça\tmarche\r\nnickel", "ca marche nickel")]
    [InlineData("", "")]
    public void Search_matches_ignore_case_accents_and_spacing(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}

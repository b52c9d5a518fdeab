using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Tests.Text;

public sealed class YesNoReaderTests
{
    [Theory]
    [InlineData("oui")]
    [InlineData("Ouais !")]
    [InlineData("ok")]
    [InlineData("OK merci")]
    [InlineData("d'accord")]
    [InlineData("D’accord.")]
    [InlineData("c'est ça")]
    [InlineData("Oui, c'est bien ça")]
    [InlineData("👍")]
    public void A_resident_can_say_yes_the_way_they_talk(string answer)
    {
        Assert.Equal(YesNoAnswer.Yes, YesNoReader.Read(answer));
    }

    [Theory]
    [InlineData("non")]
    [InlineData("Nan")]
    [InlineData("pas du tout")]
    [InlineData("Non merci !")]
    [InlineData("non, pas encore")]
    public void A_resident_can_say_no_the_way_they_talk(string answer)
    {
        Assert.Equal(YesNoAnswer.No, YesNoReader.Read(answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("peut-être")]
    [InlineData("je donne une table")]
    [InlineData(null)]
    public void Anything_else_is_not_taken_for_an_answer(string? answer)
    {
        Assert.Equal(YesNoAnswer.Unknown, YesNoReader.Read(answer));
    }
}

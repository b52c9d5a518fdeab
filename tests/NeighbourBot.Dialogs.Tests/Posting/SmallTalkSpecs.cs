using NeighbourBot.Dialogs.Posting;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed class SmallTalkSpecs
{
    [Theory]
    [InlineData("Bonjour", SmallTalkKind.Greeting)]
    [InlineData("bonjour à tous 👋", SmallTalkKind.Greeting)]
    [InlineData("Salut, ça va ?", SmallTalkKind.Greeting)]
    [InlineData("cc", SmallTalkKind.Greeting)]
    [InlineData("Merci beaucoup !", SmallTalkKind.Thanks)]
    [InlineData("mrc bcp c'est gentil", SmallTalkKind.Thanks)]
    [InlineData("Super, merci pour tout 🙏", SmallTalkKind.Thanks)]
    [InlineData("Comment ça marche ?", SmallTalkKind.HowItWorks)]
    [InlineData("bonjour, comment on fait pour publier une annonce", SmallTalkKind.HowItWorks)]
    [InlineData("c'est quoi ce bot ?", SmallTalkKind.HowItWorks)]
    [InlineData("Que pouvez-vous faire ?", SmallTalkKind.HowItWorks)]
    [InlineData("aide", SmallTalkKind.HowItWorks)]
    [InlineData("Quelqu'un connaît un bon plombier dans le quartier ?", SmallTalkKind.Recommendation)]
    [InlineData("Vous pouvez me conseiller un garagiste honnête ?", SmallTalkKind.Recommendation)]
    [InlineData("Une bonne boulangerie à nous recommander ?", SmallTalkKind.Recommendation)]
    [InlineData("Bonjour, le bruit de la nuit dernière venait d'où ?", SmallTalkKind.None)]
    [InlineData("merci de ne plus garer devant le portail, c'est la troisième fois cette semaine", SmallTalkKind.None)]
    [InlineData("salut les voisins le marché de noël est génial cette année", SmallTalkKind.None)]
    [InlineData("🙂", SmallTalkKind.None)]
    [InlineData("", SmallTalkKind.None)]
    public void What_is_said_to_the_bot_when_it_is_no_listing(string text, SmallTalkKind expected)
    {
        Assert.Equal(expected, SmallTalk.Read(text));
    }

    [Fact]
    public async Task A_greeting_is_greeted_back_by_name_and_shown_how_to_post()
    {
        var chat = World().Private(Marie);

        var said = await chat.SayAsync("Bonjour !");

        Assert.Equal(PostingMessages.NoListing(SmallTalkKind.Greeting, "Marie"), said.AllText);
        Assert.StartsWith("Bonjour Marie ! Dites-moi ce que vous proposez ou cherchez", said.AllText);
    }

    [Theory]
    [InlineData("merci !", PostingMessages.ThanksReply)]
    [InlineData("comment ça marche ?", PostingMessages.HowItWorks)]
    [InlineData("Quelqu'un connaît un bon plombier ?", PostingMessages.RecommendationReply)]
    [InlineData("Il fait beau aujourd'hui", PostingMessages.NotAListing)]
    public async Task Small_talk_gets_its_own_answer_and_anything_else_how_to_write_a_listing(string text, string answer)
    {
        var world = World();

        var said = await world.Private(Marie).SayAsync(text);

        Assert.Equal(answer, said.AllText);
        Assert.Empty(world.Listings.All);
    }
}

using Microsoft.Bot.Schema;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Signup;

public sealed class PersonNameSpecs
{
    [Theory]
    [InlineData("jeanne martin", "Jeanne", "Martin")]
    [InlineData("JEAN-LUC DUPONT", "Jean-Luc", "Dupont")]
    [InlineData("marie-hélène d'almeida", "Marie-Hélène", "d'Almeida")]
    [InlineData("jean de la fontaine", "Jean", "de La Fontaine")]
    [InlineData("émile o'neil", "Émile", "O'Neil")]
    [InlineData("vincent van gogh", "Vincent", "van Gogh")]
    [InlineData("Siobhan McBride", "Siobhan", "McBride")]
    [InlineData("Pierre de Ronsard", "Pierre", "de Ronsard")]
    [InlineData("anne DUPUIS", "Anne", "Dupuis")]
    [InlineData("Jean DE LA FONTAINE", "Jean", "de La Fontaine")]
    public void A_name_typed_all_small_or_all_capitals_is_written_the_way_names_are(string typed, string first, string last)
    {
        Assert.True(PersonName.TryParse(typed, out var firstName, out var lastName, out _));
        Assert.Equal((first, last), (firstName, lastName));
    }

    [Fact]
    public async Task The_bot_thanks_me_with_my_first_name_written_properly()
    {
        var world = new BotWorld();
        var chat = world.Private(101);

        await chat.Flow()
            .Send(chat.Text("/start"))
            .AssertReply(a => Assert.Equal(SignupMessages.Welcome, a.AsMessageActivity().Text))
            .AssertReply(SignupMessages.AskName)
            .Send(chat.Text("jeanne martin"))
            .AssertReply("Merci Jeanne !")
            .StartTestAsync();
    }
}

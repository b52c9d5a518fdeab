using NeighbourBot.Dialogs.Signup;
using NeighbourBot.EndToEnd.Tests.Support;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>The host as the sandbox runs it (<c>Addresses:Provider=Offline</c>): the gazetteer and Dijon's neighbouring communes.</summary>
public sealed class SignupOfflineSpecs
{
    private const long Marie = 1001;

    [Theory]
    [InlineData("12 rue de la Liberté, Chenôve", "Chenôve")]
    [InlineData("5 rue Monge Talant", "Talant")]
    public async Task An_address_in_a_neighbouring_commune_is_named_as_such_and_not_proposed_as_a_Dijon_street(string typed, string commune)
    {
        await using var world = await BotWorld.StartAsync();
        await world.StartBotAsync();
        world.Emulator.Control.CreateUser(Marie, "Marie", "marie");
        await world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);

        var answer = await world.SendAndExpectAsync(Marie, Marie, typed, "Cette adresse");

        Assert.Contains($"Cette adresse est à {commune}, en dehors des communes", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Dijon_street_named_after_the_commune_it_leads_to_is_found_in_Dijon()
    {
        await using var world = await BotWorld.StartAsync();
        await world.StartBotAsync();
        world.Emulator.Control.CreateUser(Marie, "Marie", "marie");
        await world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);

        var confirm = await world.SendAndExpectAsync(Marie, Marie, "3 rue Coupée de Longvic", "C'est bien le");
        world.Emulator.Control.PressButtonLabelled(Marie, Marie, confirm.MessageId, "Oui");
        await world.ExpectAfterAsync(Marie, confirm.MessageId, "Bienvenue dans le quartier Chevreul – Parc");

        Assert.Contains("3 Rue Coupée de Longvic", confirm.Body, StringComparison.Ordinal);
    }
}

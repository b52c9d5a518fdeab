using NeighbourBot.Dialogs.Tests.Support;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Tests.Verification;

public sealed class VerificationOptionsSpecs
{
    [Fact]
    public void Bad_values_are_named_by_their_key()
    {
        var options = new VerificationOptions { Methods = ["location", "sms"], LocationRadiusMeters = 0, InviteDays = 0 };

        Assert.Equal(
            [
                "NeighbourBot:Verification:Methods: unknown method 'sms' (expected location, vouch or moderator).",
                "NeighbourBot:Verification:LocationRadiusMeters must be between 1 and 5000.",
                "NeighbourBot:Verification:InviteDays must be between 1 and 90.",
            ],
            options.Validate());
        Assert.Empty(new VerificationOptions().Validate());
    }

    [Fact]
    public async Task Only_the_configured_methods_are_offered_and_accepted()
    {
        var world = new BotWorld();
        world.Verification.Methods = ["vouch"];
        var chat = world.Private(101);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");
        await chat.SayAsync(Places.Liberte);

        var welcome = await chat.PressAsync(Dialogs.Signup.SignupMessages.Yes);
        var location = await chat.ShareLocationAsync(Places.LiberteAddress.Latitude, Places.LiberteAddress.Longitude, live: true);

        Assert.Contains("taper le code qu'un voisin déjà vérifié vous donne", welcome.AllText);
        Assert.DoesNotContain("position", welcome.AllText);
        Assert.Empty(welcome.Buttons);
        Assert.StartsWith("La vérification par position n'est pas proposée ici.", location.AllText);
    }
}

using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Signup;

namespace NeighbourBot.Dialogs.Tests.Support;

/// <summary>Shortcuts through signup for specs about what comes after it.</summary>
public static class Journeys
{
    /// <summary>Signs up to <see cref="VerificationLevel.Address"/> with a confirmed address.</summary>
    public static async Task<Resident> SignUpAsync(BotWorld world, TestChat chat, long userId, string name = "Marie Dupont", string address = Places.Liberte)
    {
        await chat.SayAsync("/start");
        await chat.SayAsync(name);
        await chat.SayAsync(address);
        var welcome = await chat.PressAsync(SignupMessages.Yes);
        Assert.Contains("Bienvenue dans le quartier", welcome.AllText);
        var resident = world.Residents.Find(userId);
        Assert.NotNull(resident);
        Assert.Equal(VerificationLevel.Address, resident.Verification);
        return resident;
    }

    /// <summary>Signs up and verifies by a shared location at the address.</summary>
    public static async Task<Resident> SignUpVerifiedAsync(BotWorld world, TestChat chat, long userId, string name = "Marie Dupont", string address = Places.Liberte)
    {
        var resident = await SignUpAsync(world, chat, userId, name, address);
        await chat.ShareLocationAsync(resident.Address!.Latitude, resident.Address.Longitude, live: true, accuracy: 10);
        resident = world.Residents.Find(userId)!;
        Assert.Equal(VerificationLevel.Verified, resident.Verification);
        return resident;
    }
}

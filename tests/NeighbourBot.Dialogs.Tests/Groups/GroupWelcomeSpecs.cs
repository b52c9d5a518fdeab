using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Groups;

public sealed class GroupWelcomeSpecs
{
    private const long CentreGroup = -100600;
    private const long Marie = 101;

    [Fact]
    public async Task A_newly_verified_resident_gets_the_invite_link_of_their_quartier_group()
    {
        var world = new BotWorld();
        await world.Group(CentreGroup, BotWorld.Operator).SayAsync("/lier Centre-ville");
        var chat = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, chat, Marie);

        var welcome = await chat.ShareLocationAsync(resident.Address!.Latitude, resident.Address.Longitude, live: true, accuracy: 10);

        Assert.Equal(
            "Merci, votre position confirme votre adresse ! Vous pouvez maintenant publier des annonces dans le quartier Centre-ville.\n"
                + $"Rejoignez aussi le groupe du quartier : {FakeGroupAdministration.LinkFor(CentreGroup)}",
            welcome.AllText);
    }

    [Fact]
    public async Task Without_a_linked_group_the_welcome_says_the_group_will_come()
    {
        var world = new BotWorld();
        await world.Group(CentreGroup, BotWorld.Operator).SayAsync("/lier Grésilles");
        var chat = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, chat, Marie);

        var welcome = await chat.ShareLocationAsync(resident.Address!.Latitude, resident.Address.Longitude, live: true, accuracy: 10);

        Assert.EndsWith("Le groupe Telegram du quartier n'est pas encore ouvert : il arrivera bientôt.", welcome.AllText);
        Assert.DoesNotContain("t.me", welcome.AllText);
    }

    [Fact]
    public async Task A_group_that_was_unlinked_is_no_longer_handed_out()
    {
        var world = new BotWorld();
        var group = world.Group(CentreGroup, BotWorld.Operator);
        await group.SayAsync("/lier Centre-ville");
        await group.SayAsync("/delier");
        var chat = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, chat, Marie);

        var welcome = await chat.ShareLocationAsync(resident.Address!.Latitude, resident.Address.Longitude, live: true, accuracy: 10);

        Assert.DoesNotContain(FakeGroupAdministration.LinkFor(CentreGroup), welcome.AllText);
        Assert.EndsWith("il arrivera bientôt.", welcome.AllText);
    }
}

using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Residents;
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
    public async Task Without_a_linked_group_the_welcome_promises_the_link_for_later()
    {
        var world = new BotWorld();
        await world.Group(CentreGroup, BotWorld.Operator).SayAsync("/lier Grésilles");
        var chat = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, chat, Marie);

        var welcome = await chat.ShareLocationAsync(resident.Address!.Latitude, resident.Address.Longitude, live: true, accuracy: 10);

        Assert.EndsWith("Le groupe Telegram du quartier n'est pas encore ouvert : je vous enverrai son lien dès qu'il le sera.", welcome.AllText);
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
        Assert.EndsWith("je vous enverrai son lien dès qu'il le sera.", welcome.AllText);
    }

    [Fact]
    public async Task When_a_quartier_group_opens_its_verified_residents_get_the_link_once()
    {
        const long Paul = 102;
        const long Lea = 103;
        const long Hugo = 104;
        const long SecondGroup = -100700;
        var world = new BotWorld();
        world.Residents.Upsert(new Resident { Id = Marie, PrivateChatId = Marie, FirstName = "Marie", QuartierId = "centre-ville", Verification = VerificationLevel.Verified });
        world.Residents.Upsert(new Resident { Id = Paul, PrivateChatId = Paul, FirstName = "Paul", QuartierId = "centre-ville", Verification = VerificationLevel.Address });
        world.Residents.Upsert(new Resident { Id = Lea, PrivateChatId = Lea, FirstName = "Léa", QuartierId = "gresilles", Verification = VerificationLevel.Verified });
        world.Residents.Upsert(new Resident { Id = Hugo, PrivateChatId = Hugo, FirstName = "Hugo", QuartierId = "centre-ville", Verification = VerificationLevel.Verified, Reachable = false });

        var linked = await world.Group(CentreGroup, BotWorld.Operator).SayAsync("/lier Centre-ville");
        await world.Group(SecondGroup, BotWorld.Operator).SayAsync("/lier Centre-ville");

        Assert.EndsWith("J'envoie le lien à l'habitant vérifié du quartier.", linked.AllText);
        var row = Assert.Single(world.Outbox.Rows);
        Assert.Equal(Marie, row.ChatId);
        Assert.Equal(OutboxPriority.Broadcast, row.Priority);
        Assert.Equal(
            $"Bonne nouvelle : le groupe Telegram du quartier Centre-ville est ouvert ! Rejoignez-le avec ce lien : {FakeGroupAdministration.LinkFor(CentreGroup)}\n"
                + "Touchez « Demander à rejoindre » : j'accepte aussitôt la demande des habitants vérifiés du quartier.",
            row.Action.Text);
    }

    [Fact]
    public async Task A_group_linked_without_the_invite_right_announces_nothing_until_the_bot_is_made_administrator()
    {
        var world = new BotWorld();
        world.Residents.Upsert(new Resident { Id = Marie, PrivateChatId = Marie, FirstName = "Marie", QuartierId = "centre-ville", Verification = VerificationLevel.Verified });
        world.Groups.NotAdminIn.Add(CentreGroup);
        var group = world.Group(CentreGroup, BotWorld.Operator);

        await group.SayAsync("/lier Centre-ville");
        Assert.Empty(world.Outbox.Rows);

        world.Groups.NotAdminIn.Clear();
        var promoted = await group.MembershipAsync("administrator", CentreGroup);

        Assert.EndsWith("J'envoie le lien à l'habitant vérifié du quartier.", promoted.AllText);
        Assert.Contains(FakeGroupAdministration.LinkFor(CentreGroup), Assert.Single(world.Outbox.To(Marie)).Action.Text);
    }
}

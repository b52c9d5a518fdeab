using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Moderation;

public sealed class ModeratorAppointmentSpecs
{
    private const long GroupChat = -100500;

    private static BotWorld WorldWithLinkedGroup()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new() { Id = "centre-ville", Name = "Centre-ville", GroupChatIds = [GroupChat] });
        return world;
    }

    [Fact]
    public async Task An_operator_names_a_moderator_by_replying_to_their_message_in_the_group()
    {
        var world = WorldWithLinkedGroup();
        var group = world.Group(GroupChat, BotWorld.Operator);

        var done = await group.SayAsync("/moderateur@NeighbourBot", a => a.Properties["replyToUserId"] = 555);

        Assert.Equal("C'est fait : cette personne est maintenant modératrice du quartier Centre-ville. Merci à elle !", done.AllText);
        Assert.Equal([555L], world.Quartiers.Find("centre-ville")!.ModeratorIds);
    }

    [Fact]
    public async Task An_operator_names_a_moderator_by_id_in_the_group_or_in_private()
    {
        var world = WorldWithLinkedGroup();

        await world.Group(GroupChat, BotWorld.Operator).SayAsync("/moderateur 556");
        var inPrivate = await world.Private(BotWorld.Operator).SayAsync("/moderateur 557 Grésilles");
        var atName = await world.Group(GroupChat, BotWorld.Operator).SayAsync("/moderateur @bob");

        Assert.Equal([556L], world.Quartiers.Find("centre-ville")!.ModeratorIds);
        Assert.Equal([557L], world.Quartiers.Find("gresilles")!.ModeratorIds);
        Assert.StartsWith("C'est fait", inPrivate.AllText);
        Assert.StartsWith("Telegram ne permet pas à un bot de retrouver quelqu'un par son @nom.", atName.AllText);
    }

    [Fact]
    public async Task Someone_who_is_not_an_operator_cannot_name_moderators()
    {
        var world = WorldWithLinkedGroup();

        var refused = await world.Group(GroupChat, 42).SayAsync("/moderateur 42");

        Assert.Equal("Désolé, seuls les opérateurs de NeighbourBot peuvent nommer des modérateurs.", refused.AllText);
        Assert.Empty(world.Quartiers.Find("centre-ville")!.ModeratorIds);
    }

    [Fact]
    public async Task The_bot_stays_silent_in_groups_except_for_moderateur()
    {
        var world = WorldWithLinkedGroup();
        var group = world.Group(GroupChat, 42);

        Assert.Empty((await group.SayAsync("Bonjour tout le monde")).Activities);
        Assert.Empty((await group.SayAsync("/start")).Activities);
        Assert.Empty((await group.SayAsync("", a => a.Properties["unsupported"] = "sticker")).Activities);
        Assert.Empty((await group.PressAsync("su:addr:yes")).Activities);
    }
}

using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Tests.Groups;

public sealed class GroupLinkingSpecs
{
    private const long GroupChat = -100500;
    private const long OtherGroupChat = -100600;
    private const long Stranger = 42;
    private const string Names = "Centre-ville, Grésilles, Montchapet";

    [Fact]
    public async Task An_operator_links_a_group_to_a_quartier_by_its_id()
    {
        var world = new BotWorld();

        var said = await world.Group(GroupChat, BotWorld.Operator).SayAsync("/lier gresilles");

        Assert.Equal("Ce groupe est maintenant celui du quartier Grésilles. Les annonces du quartier y seront publiées.", said.AllText);
        var quartier = world.Quartiers.Find("gresilles")!;
        Assert.Equal("Grésilles", quartier.Name);
        Assert.Equal([GroupChat], quartier.GroupChatIds);
        Assert.Equal([new GroupInvite(GroupChat, "", FakeGroupAdministration.LinkFor(GroupChat))], quartier.Invites);
        Assert.Equal([$"link {GroupChat}"], world.Groups.Calls);
    }

    [Theory]
    [InlineData("/lier GRESILLES")]
    [InlineData("/lier   grÉsillès  ")]
    [InlineData("/lier@NeighbourBot Grésilles")]
    public async Task An_operator_links_a_group_by_name_with_accents_and_case_ignored(string command)
    {
        var world = new BotWorld();

        var said = await world.Group(GroupChat, BotWorld.Operator).SayAsync(command);

        Assert.StartsWith("Ce groupe est maintenant celui du quartier Grésilles.", said.AllText);
        Assert.Equal([GroupChat], world.Quartiers.Find("gresilles")!.GroupChatIds);
    }

    [Fact]
    public async Task A_name_with_a_dash_can_be_typed_with_a_space()
    {
        var world = new BotWorld();

        var said = await world.Group(GroupChat, BotWorld.Operator).SayAsync("/lier centre ville");

        Assert.StartsWith("Ce groupe est maintenant celui du quartier Centre-ville.", said.AllText);
        Assert.Equal([GroupChat], world.Quartiers.Find("centre-ville")!.GroupChatIds);
    }

    [Fact]
    public async Task Someone_who_is_not_an_operator_is_politely_refused()
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, Stranger);

        var link = await group.SayAsync("/lier Grésilles");
        await world.Group(GroupChat, BotWorld.Operator).SayAsync("/lier Grésilles");
        var unlink = await group.SayAsync("/delier");

        Assert.Equal(GroupMessages.OnlyOperatorsLink, link.AllText);
        Assert.Equal(GroupMessages.OnlyOperatorsLink, unlink.AllText);
        Assert.Equal([GroupChat], world.Quartiers.Find("gresilles")!.GroupChatIds);
        Assert.Single(world.Groups.Calls);
    }

    [Fact]
    public async Task An_unknown_quartier_gets_the_list_of_names()
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);

        var unknown = await group.SayAsync("/lier Chenôve");
        var missing = await group.SayAsync("/lier");
        var hostile = await group.SayAsync("/lier " + new string('x', 5000));

        Assert.Equal($"Je ne connais pas le quartier « Chenôve ».\nQuartiers possibles : {Names}.", unknown.AllText);
        Assert.Equal($"Précisez le quartier après /lier, par exemple : /lier Grésilles.\nQuartiers possibles : {Names}.", missing.AllText);
        Assert.True(hostile.AllText.Length < 200);
        Assert.Empty(world.Quartiers.All());
        Assert.Empty(world.Groups.Calls);
    }

    [Fact]
    public async Task Without_the_invite_right_the_group_is_linked_and_the_operator_is_told_to_make_the_bot_admin()
    {
        var world = new BotWorld();
        world.Groups.NotAdminIn.Add(GroupChat);
        var group = world.Group(GroupChat, BotWorld.Operator);

        var first = await group.SayAsync("/lier Grésilles");

        Assert.Equal(
            "Ce groupe est maintenant celui du quartier Grésilles. Les annonces du quartier y seront publiées.\n"
                + "Pour que les habitants vérifiés puissent entrer dans le groupe, nommez-moi administrateur avec le droit d'inviter des utilisateurs, "
                + "puis envoyez de nouveau /lier Grésilles.",
            first.AllText);
        Assert.Equal([GroupChat], world.Quartiers.Find("gresilles")!.GroupChatIds);
        Assert.Empty(world.Quartiers.Find("gresilles")!.Invites);

        world.Groups.NotAdminIn.Clear();
        var again = await group.SayAsync("/lier Grésilles");

        Assert.Equal(
            "Ce groupe est déjà celui du quartier Grésilles.\n"
                + "Le lien d'invitation est prêt : je le donne aux habitants vérifiés du quartier Grésilles, et j'accepte leurs demandes pour entrer ici.",
            again.AllText);
        Assert.Equal(FakeGroupAdministration.LinkFor(GroupChat), Assert.Single(world.Quartiers.Find("gresilles")!.Invites).Link);
    }

    [Fact]
    public async Task When_the_bot_is_made_administrator_after_linking_the_invite_link_is_created_at_once()
    {
        var world = new BotWorld();
        world.Groups.NotAdminIn.Add(GroupChat);
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Grésilles");
        world.Groups.NotAdminIn.Clear();

        var promoted = await group.MembershipAsync("administrator", GroupChat, "Voisins des Grésilles");

        Assert.StartsWith("Merci ! Le lien d'invitation est prêt", promoted.AllText);
        Assert.Equal(
            [new GroupInvite(GroupChat, "Voisins des Grésilles", FakeGroupAdministration.LinkFor(GroupChat))],
            world.Quartiers.Find("gresilles")!.Invites);
    }

    [Fact]
    public async Task A_failure_to_create_the_link_says_to_try_again_later()
    {
        var world = new BotWorld();
        world.Groups.Fault = new HttpRequestException("timeout");

        var said = await world.Group(GroupChat, BotWorld.Operator).SayAsync("/lier Grésilles");

        Assert.EndsWith("Je n'ai pas pu créer le lien d'invitation du groupe pour l'instant : renvoyez /lier Grésilles dans quelques minutes.", said.AllText);
        Assert.Equal([GroupChat], world.Quartiers.Find("gresilles")!.GroupChatIds);
    }

    [Fact]
    public async Task Linking_a_group_to_another_quartier_moves_it_and_says_so()
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Centre-ville");

        var moved = await group.SayAsync("/lier Grésilles");

        Assert.Equal(
            "Ce groupe n'est plus celui du quartier Centre-ville : il est maintenant celui du quartier Grésilles. Les annonces du quartier Grésilles y seront publiées.",
            moved.AllText);
        var centre = world.Quartiers.Find("centre-ville")!;
        Assert.Empty(centre.GroupChatIds);
        Assert.Empty(centre.Invites);
        var gresilles = world.Quartiers.Find("gresilles")!;
        Assert.Equal([GroupChat], gresilles.GroupChatIds);
        Assert.Equal(FakeGroupAdministration.LinkFor(GroupChat), Assert.Single(gresilles.Invites).Link);
        Assert.Equal(gresilles, world.Quartiers.FindByGroupChat(GroupChat));
    }

    [Fact]
    public async Task A_quartier_keeps_its_other_groups_when_one_more_is_linked()
    {
        var world = new BotWorld();
        await world.Group(GroupChat, BotWorld.Operator).SayAsync("/lier Grésilles");

        await world.Group(OtherGroupChat, BotWorld.Operator).SayAsync("/lier Grésilles");

        var quartier = world.Quartiers.Find("gresilles")!;
        Assert.Equal([GroupChat, OtherGroupChat], quartier.GroupChatIds);
        Assert.Equal([GroupChat, OtherGroupChat], quartier.Invites.Select(i => i.ChatId));
    }

    [Fact]
    public async Task An_operator_unlinks_a_group_with_delier()
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Grésilles");

        var unlinked = await group.SayAsync("/delier");
        var again = await group.SayAsync("/delier");

        Assert.Equal(
            "C'est fait : ce groupe n'est plus celui du quartier Grésilles. Je n'y publierai plus ses annonces et je n'y ferai plus entrer personne.",
            unlinked.AllText);
        Assert.Equal(GroupMessages.NotLinked, again.AllText);
        var quartier = world.Quartiers.Find("gresilles")!;
        Assert.Empty(quartier.GroupChatIds);
        Assert.Empty(quartier.Invites);
    }

    [Fact]
    public async Task Lier_in_a_private_chat_explains_that_it_is_used_inside_the_group()
    {
        var world = new BotWorld();

        var link = await world.Private(BotWorld.Operator).SayAsync("/lier Grésilles");
        var unlink = await world.Private(Stranger).SayAsync("/delier");

        Assert.Equal(GroupMessages.LinkInGroup, link.AllText);
        Assert.Equal(GroupMessages.UnlinkInGroup, unlink.AllText);
        Assert.Empty(world.Quartiers.All());
    }

    [Fact]
    public async Task Other_commands_and_chatter_in_a_group_get_no_answer()
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Grésilles");

        Assert.Empty((await group.SayAsync("/aide")).Activities);
        Assert.Empty((await group.SayAsync("/moi")).Activities);
        Assert.Empty((await group.SayAsync("/inconnue")).Activities);
        Assert.Empty((await world.Group(GroupChat, Stranger).SayAsync("Quelqu'un a une perceuse ?")).Activities);
    }

    [Fact]
    public async Task When_the_bot_is_added_to_a_group_it_tells_operators_how_to_link_it()
    {
        var world = new BotWorld();

        var hint = await world.Group(GroupChat, Stranger).MembershipAsync("member", GroupChat);

        Assert.Equal(
            "Bonjour ! Je suis NeighbourBot, le bot d'entraide entre voisins. Pour faire de ce groupe celui d'un quartier, "
                + "un opérateur envoie ici /lier suivi du nom du quartier, par exemple /lier Grésilles.\n"
                + $"Quartiers possibles : {Names}.\n"
                + "Nommez-moi aussi administrateur, avec le droit d'inviter des utilisateurs : c'est ainsi que je fais entrer les habitants vérifiés.",
            hint.AllText);
    }

    [Fact]
    public async Task Membership_changes_in_a_private_chat_are_not_about_groups()
    {
        var world = new BotWorld();

        Assert.Empty((await world.Private(Stranger).MembershipAsync("member", Stranger)).Activities);
        Assert.Empty((await world.Private(Stranger).MembershipAsync("kicked", Stranger)).Activities);
    }

    [Theory]
    [InlineData("left")]
    [InlineData("kicked")]
    public async Task When_the_bot_is_removed_the_group_is_unlinked_silently(string status)
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Grésilles");

        var said = await group.MembershipAsync(status, GroupChat);

        Assert.Empty(said.Activities);
        Assert.Null(world.Quartiers.FindByGroupChat(GroupChat));
        Assert.Empty(world.Quartiers.Find("gresilles")!.Invites);
    }

    [Fact]
    public async Task When_a_group_becomes_a_supergroup_its_link_and_invite_follow_the_new_id()
    {
        const long Supergroup = -1001234567890;
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Grésilles");

        var said = await group.MigrationAsync(Supergroup);

        Assert.Empty(said.Activities);
        var quartier = world.Quartiers.Find("gresilles")!;
        Assert.Equal([Supergroup], quartier.GroupChatIds);
        Assert.Equal(new GroupInvite(Supergroup, "", FakeGroupAdministration.LinkFor(GroupChat)), Assert.Single(quartier.Invites));
        Assert.Null(world.Quartiers.FindByGroupChat(GroupChat));
    }

    [Fact]
    public async Task A_malformed_group_event_changes_nothing_and_says_nothing()
    {
        var world = new BotWorld();
        var group = world.Group(GroupChat, BotWorld.Operator);
        await group.SayAsync("/lier Grésilles");
        var before = world.Quartiers.Find("gresilles");

        var membership = group.Adapter.MakeActivity();
        membership.Type = ActivityTypes.Event;
        membership.Name = ChannelConventions.MembershipEventName;
        membership.Value = "{not json";
        var migration = group.Adapter.MakeActivity();
        migration.Type = ActivityTypes.Event;
        migration.Name = ChannelConventions.MigrationEventName;
        migration.Value = new JObject { ["newChatId"] = "soon" };

        Assert.Empty((await group.SendAsync(membership)).Activities);
        Assert.Empty((await group.SendAsync(migration)).Activities);
        Assert.Equal(before, world.Quartiers.Find("gresilles"));
    }
}

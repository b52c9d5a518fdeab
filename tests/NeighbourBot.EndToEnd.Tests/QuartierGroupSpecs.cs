using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>Operators link groups with /lier; the bot lets in only verified residents of the quartier.</summary>
public sealed class QuartierGroupSpecs : IAsyncLifetime
{
    private const long Group = -100500;
    private const long Marie = 1001;
    private const long Stranger = 1002;
    private const long Newcomer = 1003;

    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        var control = _world.Emulator.Control;
        control.CreateGroup(Group, "Voisins du centre", ChatKind.Supergroup, BotWorld.OperatorId);
        control.AddBotToGroup(Group, BotWorld.OperatorId, asAdmin: true);
        control.CreateUser(Marie, "Marie", "marie");
        control.CreateUser(Stranger, "Sam", "sam");
        control.CreateUser(Newcomer, "Nina", "nina");
        control.AddUserToGroup(Group, Stranger);
        await _world.StartBotAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_operator_links_a_group_and_anyone_else_is_refused()
    {
        await _world.SendAndExpectAsync(Stranger, Group, "/lier centre-ville", GroupMessages.OnlyOperatorsLink);

        var linked = await _world.SendAndExpectAsync(BotWorld.OperatorId, Group, "/lier Centre Ville", "Centre-ville");

        Assert.Equal(GroupMessages.Linked("Centre-ville"), linked.Body);
        Assert.Single(_world.Emulator.Control.InviteLinks(Group));
    }

    [Fact]
    public async Task A_verified_resident_is_let_in_and_a_stranger_is_declined_with_an_explanation()
    {
        var control = _world.Emulator.Control;
        await _world.SendAndExpectAsync(BotWorld.OperatorId, Group, "/lier centre-ville", "Centre-ville");
        await SignUpAndVerifyMarieAsync();
        var link = control.InviteLinks(Group).Single();

        control.RequestToJoin(Marie, link);
        control.RequestToJoin(Newcomer, link);

        await control.WaitForCallAsync(c => c.Method == "approveChatJoinRequest", BotWorld.Patience, CancellationToken.None);
        await control.WaitForCallAsync(c => c.Method == "declineChatJoinRequest", BotWorld.Patience, CancellationToken.None);
        var explanation = await _world.ExpectAfterAsync(Newcomer, 0, "/start");
        Assert.False(control.IsMember(Group, Newcomer));
        Assert.True(control.IsMember(Group, Marie));
        Assert.Contains("habitants vérifiés", explanation.Body);
    }

    private async Task SignUpAndVerifyMarieAsync()
    {
        var control = _world.Emulator.Control;
        await _world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await _world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);
        var confirm = await _world.SendAndExpectAsync(Marie, Marie, "12 rue de la liberte", "C'est bien le 12 Rue de la Liberté");
        control.PressButtonLabelled(Marie, Marie, confirm.MessageId, "Oui");
        var placed = await _world.ExpectAfterAsync(Marie, confirm.MessageId, "Si vous préférez, un modérateur");

        // The offline gazetteer places the address at the street's centre: share a location there.
        var shared = control.UserSharesLocation(Marie, Marie, 47.3225, 5.0372, livePeriodSeconds: 600);
        await _world.ExpectAfterAsync(Marie, shared.MessageId, "votre position confirme votre adresse");
        Assert.DoesNotContain("Liberté", placed.Body);
    }
}

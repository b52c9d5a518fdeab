using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Groups;

public sealed class JoinRequestSpecs
{
    private const long GresillesGroup = -100500;
    private const long CentreGroup = -100600;
    private const long UnlinkedGroup = -100700;
    private const long Marie = 101;

    // Telegram's user_chat_id: the requester's private chat, where the bot may write for a few minutes.
    private const long MariePrivateChat = 101;

    private static async Task<BotWorld> WorldWithGroupsAsync()
    {
        var world = new BotWorld();
        await world.Group(GresillesGroup, BotWorld.Operator).SayAsync("/lier Grésilles");
        await world.Group(CentreGroup, BotWorld.Operator).SayAsync("/lier Centre-ville");
        return world;
    }

    private static void Resident(BotWorld world, string quartierId, VerificationLevel level) => world.Residents.Upsert(new Resident
    {
        Id = Marie,
        PrivateChatId = MariePrivateChat,
        FirstName = "Marie",
        QuartierId = quartierId,
        Verification = level,
    });

    private static string ExplanationTo(BotWorld world, long chatId)
    {
        var row = Assert.Single(world.Outbox.To(chatId));
        Assert.Equal(OutboxPriority.Notification, row.Priority);
        Assert.Equal(chatId, row.Action.ChatId);
        return row.Action.Text!;
    }

    [Fact]
    public async Task A_verified_resident_of_the_quartier_is_let_in()
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "gresilles", VerificationLevel.Verified);

        var said = await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat);

        Assert.Empty(said.Activities);
        Assert.Equal($"approve {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Empty(world.Outbox.Rows);
    }

    [Fact]
    public async Task Someone_who_never_signed_up_is_declined_and_told_how_to_sign_up()
    {
        var world = await WorldWithGroupsAsync();

        var said = await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat, "Voisins des Grésilles");

        Assert.Empty(said.Activities);
        Assert.Equal($"decline {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Equal(
            "Bonjour ! Le groupe « Voisins des Grésilles » est réservé aux habitants vérifiés du quartier Grésilles, et vous n'êtes pas encore inscrit(e) chez moi. "
                + "Tapez /start pour vous inscrire : une fois votre adresse vérifiée, je vous donnerai le lien du groupe de votre quartier.",
            ExplanationTo(world, MariePrivateChat));
    }

    [Fact]
    public async Task A_verified_resident_of_another_quartier_is_declined_and_given_the_link_of_their_own_group()
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "centre-ville", VerificationLevel.Verified);

        await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat, "Voisins des Grésilles");

        Assert.Equal($"decline {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Equal(
            "Bonjour Marie ! Le groupe « Voisins des Grésilles » est réservé aux habitants du quartier Grésilles, et d'après votre adresse vous habitez le quartier Centre-ville.\n"
                + $"Voici le lien du groupe de votre quartier : {FakeGroupAdministration.LinkFor(CentreGroup)}",
            ExplanationTo(world, MariePrivateChat));
    }

    [Fact]
    public async Task A_resident_of_a_quartier_without_a_group_is_told_the_link_will_follow()
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "montchapet", VerificationLevel.Verified);

        await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat);

        var text = ExplanationTo(world, MariePrivateChat);
        Assert.Contains("vous habitez le quartier Montchapet", text);
        Assert.EndsWith("Le groupe de votre quartier n'est pas encore ouvert : je vous enverrai son lien dès qu'il le sera.", text);
    }

    [Theory]
    [InlineData(VerificationLevel.Address)]
    [InlineData(VerificationLevel.Pending)]
    public async Task A_resident_of_the_quartier_who_is_not_verified_yet_is_declined_and_told_to_finish(VerificationLevel level)
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "gresilles", level);

        await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat, "Voisins des Grésilles");

        Assert.Equal($"decline {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Equal(
            "Bonjour Marie ! Le groupe « Voisins des Grésilles » est réservé aux habitants vérifiés du quartier Grésilles, et votre vérification n'est pas encore terminée. "
                + "Tapez /start pour voir comment la terminer : je vous donnerai ensuite le lien du groupe.",
            ExplanationTo(world, MariePrivateChat));
    }

    [Fact]
    public async Task A_request_for_a_group_linked_to_no_quartier_is_declined_with_an_explanation()
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "gresilles", VerificationLevel.Verified);

        await world.Group(UnlinkedGroup, Marie).JoinRequestAsync(UnlinkedGroup, Marie, MariePrivateChat, "Apéro du vendredi");

        Assert.Equal($"decline {UnlinkedGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.StartsWith(
            "Bonjour ! Je ne peux pas vous faire entrer dans le groupe « Apéro du vendredi » : ce groupe n'est lié à aucun quartier de NeighbourBot.",
            ExplanationTo(world, MariePrivateChat));
    }

    [Fact]
    public async Task After_delier_the_group_lets_nobody_in()
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "gresilles", VerificationLevel.Verified);
        await world.Group(GresillesGroup, BotWorld.Operator).SayAsync("/delier");

        await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat);

        Assert.Equal($"decline {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Contains("n'est lié à aucun quartier", ExplanationTo(world, MariePrivateChat));
    }

    [Fact]
    public async Task When_Telegram_fails_the_turn_goes_on_and_the_explanation_is_still_queued()
    {
        var world = await WorldWithGroupsAsync();
        world.Groups.Fault = new HttpRequestException("Bad Gateway");

        var said = await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat);

        Assert.Empty(said.Activities);
        Assert.Equal($"decline {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Contains("Tapez /start pour vous inscrire", ExplanationTo(world, MariePrivateChat));
    }

    [Fact]
    public async Task A_failed_approval_is_logged_and_nothing_is_said()
    {
        var world = await WorldWithGroupsAsync();
        Resident(world, "gresilles", VerificationLevel.Verified);
        world.Groups.Fault = new HttpRequestException("Bad Gateway");

        var said = await world.Group(GresillesGroup, Marie).JoinRequestAsync(GresillesGroup, Marie, MariePrivateChat);

        Assert.Empty(said.Activities);
        Assert.Equal($"approve {GresillesGroup} {Marie}", world.Groups.Calls[^1]);
        Assert.Empty(world.Outbox.Rows);
    }
}

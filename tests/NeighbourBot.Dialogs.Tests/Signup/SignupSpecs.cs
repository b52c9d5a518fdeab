using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Signup;

public sealed class SignupSpecs
{
    private const long Marie = 101;

    private static string TextOf(IActivity activity) => activity.AsMessageActivity().Text;

    private static IList<CardAction> ButtonsOf(IActivity activity) => activity.AsMessageActivity().SuggestedActions?.Actions ?? [];

    [Fact]
    public async Task I_can_sign_up_confirm_my_address_and_verify_it_with_my_location()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);

        await chat.Flow()
            .Send(chat.Text("/start"))
            .AssertReply(a => Assert.Equal(SignupMessages.Welcome, TextOf(a)))
            .AssertReply(SignupMessages.AskName)
            .Send(chat.Text("Marie Dupont"))
            .AssertReply("Merci Marie !")
            .AssertReply(SignupMessages.AskAddress)
            .Send(chat.Text(Places.Liberte))
            .AssertReply(a =>
            {
                Assert.Equal("C'est bien le 12 Rue de la Liberté, 21000 Dijon ?", TextOf(a));
                Assert.Equal(["Oui", "Non, corriger"], ButtonsOf(a).Select(b => b.Title));
                Assert.Equal(SignupMessages.Yes, ButtonsOf(a)[0].Value);
            })
            .Send(chat.Press(SignupMessages.Yes))
            .AssertReply(a =>
            {
                Assert.StartsWith("Bienvenue dans le quartier Centre-ville, Marie !", TextOf(a));
                Assert.Contains("Pour publier, il suffira ensuite de m'écrire ce que vous proposez ou cherchez", TextOf(a));
            })
            .AssertReply(a =>
            {
                Assert.Contains("partager votre position", TextOf(a));
                Assert.Equal(ChannelConventions.RequestLocationActionType, Assert.Single(ButtonsOf(a)).Type);
            })
            .AssertReply(a => Assert.Equal(["Demander à un modérateur"], ButtonsOf(a).Select(b => b.Title)))
            .Send(chat.Location(Places.LiberteAddress.Latitude + 0.0004, Places.LiberteAddress.Longitude, live: true, accuracy: 15))
            .AssertReply(a => Assert.Equal(
                "Merci, votre position confirme votre adresse ! Vous pouvez maintenant publier des annonces dans le quartier Centre-ville.\n"
                    + "Le groupe Telegram du quartier n'est pas encore ouvert : je vous enverrai son lien dès qu'il le sera.",
                TextOf(a)))
            .StartTestAsync();

        var resident = world.Residents.Find(Marie)!;
        Assert.Equal(("Marie", "Dupont"), (resident.FirstName, resident.LastName));
        Assert.Equal("centre-ville", resident.QuartierId);
        Assert.Equal(VerificationLevel.Verified, resident.Verification);
        Assert.Equal(VerificationMethod.Location, resident.VerificationMethod);
        Assert.Equal("12 Rue de la Liberté 21000 Dijon", resident.Address!.Label);
        Assert.Equal(Places.Liberte, resident.Address.TypedText);
        Assert.Equal(Marie, resident.PrivateChatId);
        Assert.Equal("Centre-ville", world.Quartiers.Find("centre-ville")!.Name);
    }

    [Fact]
    public async Task I_can_pick_my_address_among_candidates()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");

        var choice = await chat.SayAsync(Places.VictorHugo);

        Assert.Equal("J'ai trouvé plusieurs adresses proches. Laquelle est la vôtre ?", choice.AllText);
        Assert.Equal(
            ["3 Avenue Victor Hugo, 21000 Dijon", "3 Rue Victor Hugo, 21000 Dijon", "Aucune de ces adresses"],
            choice.ButtonTitles);

        var welcome = await chat.PressAsync(choice.PayloadOf("3 Rue Victor Hugo, 21000 Dijon"));

        Assert.StartsWith("Bienvenue dans le quartier Grésilles, Marie !", welcome.Texts[0]);
        var resident = world.Residents.Find(Marie)!;
        Assert.Equal("Rue Victor Hugo", resident.Address!.Street);
        Assert.Equal("gresilles", resident.QuartierId);
    }

    [Fact]
    public async Task I_am_asked_for_my_house_number_when_I_give_only_the_street()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");

        var question = await chat.SayAsync(Places.LiberteStreetOnly);
        Assert.Equal("J'ai trouvé la rue : Rue de la Liberté, 21000 Dijon. Quel est votre numéro dans cette rue ?", question.AllText);

        var confirm = await chat.SayAsync("12");
        Assert.Equal("C'est bien le 12 Rue de la Liberté, 21000 Dijon ?", confirm.AllText);
        Assert.Equal("12 Rue de la Liberté, 21000 Dijon", world.Lookup.Queries[^1]);

        await chat.SayAsync("oui");
        Assert.Equal("12", world.Residents.Find(Marie)!.Address!.HouseNumber);
    }

    [Fact]
    public async Task An_address_out_of_the_area_is_declined_kindly_and_its_commune_counted()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");

        var answer = await chat.SayAsync(Places.Beaune);
        await chat.SayAsync(Places.Beaune);

        Assert.StartsWith("Cette adresse est à Beaune, en dehors des communes où NeighbourBot est ouvert", answer.AllText);
        Assert.Contains("J'ai noté votre commune", answer.AllText);
        var demand = world.Demand.Find("21054")!;
        Assert.Equal(("Beaune", 2), (demand.CityName, demand.Count));
        Assert.Null(world.Residents.Find(Marie));

        var corrected = await chat.SayAsync(Places.Liberte);
        Assert.StartsWith("C'est bien le 12 Rue de la Liberté", corrected.AllText);
    }

    [Fact]
    public async Task After_three_unknown_addresses_a_moderator_checks_mine_by_hand()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new() { Id = "gresilles", Name = "Grésilles", ModeratorIds = [555] });
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");

        var first = await chat.SayAsync("Impasse des Licornes");
        var second = await chat.SayAsync("Impasse des Licornes Dijon");
        var third = await chat.SayAsync("4 impasse des licornes 21000");

        Assert.StartsWith("Je ne trouve pas cette adresse.", first.AllText);
        Assert.StartsWith("Toujours rien, désolé.", second.AllText);
        Assert.Equal(["Demander à un modérateur", "Réessayer"], third.ButtonTitles);

        var quartiers = await chat.PressAsync(SignupMessages.AskModerator);
        Assert.Equal(["Centre-ville", "Grésilles", "Montchapet"], quartiers.ButtonTitles);
        var sent = await chat.PressAsync(quartiers.PayloadOf("Grésilles"));
        Assert.StartsWith("C'est envoyé à un modérateur du quartier Grésilles.", sent.AllText);
        Assert.Equal(VerificationLevel.Pending, world.Residents.Find(Marie)!.Verification);

        var toModerator = Assert.Single(world.Outbox.To(555));
        Assert.Equal(OutboxPriority.Notification, toModerator.Priority);
        Assert.Contains("Nom : Marie Dupont", toModerator.Action.Text);
        Assert.Contains("Adresse : 4 impasse des licornes 21000", toModerator.Action.Text);
        Assert.False(toModerator.Action.IsHtml);
        Assert.Equal(["Approuver", "Refuser"], toModerator.Action.Buttons.SelectMany(r => r).Select(b => b.Text));

        var moderator = world.Private(555);
        var decided = await moderator.PressAsync(toModerator.Action.Buttons[0][0].Data!);

        Assert.StartsWith("Merci, c'est noté", decided.AllText);
        var resident = world.Residents.Find(Marie)!;
        Assert.Equal((VerificationLevel.Verified, VerificationMethod.Moderator, "gresilles"), (resident.Verification, resident.VerificationMethod, resident.QuartierId));
        var told = Assert.Single(world.Outbox.To(Marie));
        Assert.StartsWith("Bonne nouvelle : un modérateur a vérifié votre adresse !", told.Action.Text);
    }

    [Fact]
    public async Task When_the_geocoder_is_down_my_address_is_kept_and_I_finish_later_without_starting_over()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");
        world.Lookup.Down = true;

        var kept = await chat.SayAsync(Places.Liberte);

        Assert.StartsWith("Le service qui vérifie les adresses ne répond pas pour le moment. J'ai bien gardé votre adresse", Assert.Single(kept.Texts));
        var pendingResident = world.Residents.Find(Marie)!;
        Assert.Equal(VerificationLevel.Pending, pendingResident.Verification);
        Assert.Equal(Places.Liberte, pendingResident.Address!.TypedText);

        Assert.Equal(0, await world.PendingJob.RunOnceAsync(CancellationToken.None));
        Assert.Empty(world.Outbox.Rows);

        world.Lookup.Down = false;
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await world.PendingJob.RunOnceAsync(CancellationToken.None));

        var proactive = Assert.Single(world.Outbox.To(Marie));
        Assert.Equal(OutboxPriority.Notification, proactive.Priority);
        Assert.Equal(
            PendingVerificationJob.Lead + " C'est bien le 12 Rue de la Liberté, 21000 Dijon ?",
            proactive.Action.Text);
        Assert.Equal([SignupMessages.Yes, SignupMessages.No], proactive.Action.Buttons.SelectMany(r => r).Select(b => b.Data));

        var welcome = await chat.PressAsync(SignupMessages.Yes);

        Assert.StartsWith("Bienvenue dans le quartier Centre-ville, Marie !", welcome.Texts[0]);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Marie)!.Verification);
        Assert.Null(world.Pending.Find(Marie));
        Assert.Equal(0, await world.PendingJob.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_old_button_pressed_while_my_address_waits_for_the_geocoder_says_so_and_asks_for_the_address_again()
    {
        var (world, chat) = await AddressKeptWhileTheGeocoderIsDownAsync();

        var pressed = await chat.PressAsync(SignupMessages.Yes);

        Assert.Equal([SignupFlow.StillWaiting], pressed.Texts);
        Assert.EndsWith("?", SignupFlow.StillWaiting, StringComparison.Ordinal);
        world.Lookup.Down = false;
        var retyped = await chat.SayAsync(Places.Liberte);
        Assert.Equal(["C'est bien le 12 Rue de la Liberté, 21000 Dijon ?"], retyped.Texts);
        var welcome = await chat.PressAsync(SignupMessages.Yes);
        Assert.StartsWith("Bienvenue dans le quartier Centre-ville, Marie !", welcome.Texts[0]);
    }

    [Fact]
    public async Task A_resident_waiting_for_the_geocoder_who_cancels_finds_the_address_kept_on_start()
    {
        var (world, chat) = await AddressKeptWhileTheGeocoderIsDownAsync();
        await chat.SayAsync("/annuler");
        world.Lookup.Down = false;
        await world.PendingJob.RunOnceAsync(CancellationToken.None);

        var resumed = await chat.SayAsync("/start");

        Assert.Equal(["Rebonjour Marie ! Reprenons votre inscription.", "C'est bien le 12 Rue de la Liberté, 21000 Dijon ?"], resumed.Texts);
        var welcome = await chat.SayAsync("Oui");
        Assert.StartsWith("Bienvenue dans le quartier Centre-ville, Marie !", welcome.Texts[0]);
    }

    [Fact]
    public async Task Start_again_asks_the_pending_question_and_cancel_drops_the_draft()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");
        await chat.SayAsync(Places.Liberte);

        var resumed = await chat.SayAsync("/start");
        Assert.Equal("C'est bien le 12 Rue de la Liberté, 21000 Dijon ?", resumed.AllText);
        Assert.Equal(["Oui", "Non, corriger"], resumed.ButtonTitles);

        var cancelled = await chat.SayAsync("/annuler");
        Assert.Equal("C'est annulé. Tapez /start quand vous voulez reprendre.", cancelled.AllText);
        var stale = await chat.PressAsync(SignupMessages.Yes);
        Assert.StartsWith("Ce bouton n'est plus d'actualité.", stale.AllText);
        Assert.Null(world.Residents.Find(Marie));

        var again = await chat.SayAsync("/start");
        Assert.Equal([SignupMessages.Welcome, SignupMessages.AskName], again.Texts);
        await chat.SayAsync("/annuler");
        var nothing = await chat.SayAsync("/annuler");
        Assert.StartsWith("Il n'y a rien en cours à annuler.", nothing.AllText);
    }

    [Fact]
    public async Task Start_reminds_a_verified_resident_what_they_can_do()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await Journeys.SignUpVerifiedAsync(world, chat, Marie);

        var reminder = await chat.SayAsync("/start");

        Assert.StartsWith("Bonjour Marie ! Vous êtes inscrit(e) et vérifié(e) dans le quartier Centre-ville.", reminder.AllText);
        Assert.Contains("/parrainer", reminder.AllText);
    }

    [Fact]
    public async Task Moi_shows_what_is_held_about_me()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        Assert.StartsWith("Je n'ai encore rien enregistré sur vous.", (await chat.SayAsync("/moi")).AllText);
        await Journeys.SignUpAsync(world, chat, Marie);

        var me = await chat.SayAsync("/moi");

        Assert.Equal(
            "Voici ce que je garde sur vous :\nNom : Marie Dupont\nAdresse : 12 Rue de la Liberté, 21000 Dijon (vos voisins ne la voient pas)\n"
                + "Quartier : Centre-ville\nVérification : adresse vérifiée : vous pouvez lire et répondre ; pour publier, il reste une étape (tapez /start).",
            me.AllText);
    }

    /// <summary>Marie has given her name and her address while the geocoder was down: the address waits in the pending store.</summary>
    private static async Task<(BotWorld World, TestChat Chat)> AddressKeptWhileTheGeocoderIsDownAsync()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");
        world.Lookup.Down = true;
        await chat.SayAsync(Places.Liberte);
        return (world, chat);
    }
}

using System.Text.RegularExpressions;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Tests.Support;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Tests.Verification;

public sealed partial class SecondFactorSpecs
{
    private const long Marie = 101;
    private const long Paul = 102;
    private const long Lea = 103;
    private const long Moderator = 555;

    [Fact]
    public async Task A_location_two_kilometres_away_is_refused_with_the_other_ways()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, chat, Marie);

        var refused = await chat.ShareLocationAsync(resident.Address!.Latitude + 0.018, resident.Address.Longitude, live: true, accuracy: 20);

        Assert.StartsWith("Cette position est à environ 2,0 km de votre adresse : je ne peux pas la valider.", refused.AllText);
        Assert.Contains("un code de parrainage d'un voisin vérifié", refused.AllText);
        Assert.Equal(["Demander à un modérateur"], refused.ButtonTitles);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Marie)!.Verification);
    }

    [Fact]
    public async Task A_live_location_gets_its_accuracy_as_margin_but_a_pin_does_not()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, chat, Marie);

        // 300 m radius + 10 m point precision = 310 m; this point is about 355 m away.
        var latitude = resident.Address!.Latitude + 0.0032;
        var pin = await chat.ShareLocationAsync(latitude, resident.Address.Longitude, live: false, accuracy: 80);
        Assert.StartsWith("Cette position est à environ 360 m de votre adresse", pin.AllText);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Marie)!.Verification);

        var live = await chat.ShareLocationAsync(latitude, resident.Address.Longitude, live: true, accuracy: 80);
        Assert.StartsWith("Merci, votre position confirme votre adresse !", live.AllText);
        Assert.Equal(VerificationMethod.Location, world.Residents.Find(Marie)!.VerificationMethod);
    }

    [Fact]
    public async Task A_verified_neighbour_vouches_with_a_single_use_code()
    {
        var world = new BotWorld();
        var marie = world.Private(Marie);
        await Journeys.SignUpVerifiedAsync(world, marie, Marie);
        var paul = world.Private(Paul);
        await Journeys.SignUpAsync(world, paul, Paul, "Paul Martin");
        var lea = world.Private(Lea);
        await Journeys.SignUpAsync(world, lea, Lea, "Léa Bernard");

        var issued = await marie.SayAsync("/parrainer");
        var code = CodeIn(issued.AllText);
        Assert.Contains("il sert une seule fois et reste valable 7 jours", issued.AllText);
        Assert.Contains("quartier Centre-ville", issued.AllText);

        var used = await paul.SayAsync(code.ToLowerInvariant());
        Assert.StartsWith("Merci, votre code est valable ! Vous pouvez maintenant publier des annonces dans le quartier Centre-ville.", used.AllText);
        Assert.Equal(VerificationMethod.Vouch, world.Residents.Find(Paul)!.VerificationMethod);
        Assert.Equal(Paul, world.Invites.Find(code)!.UsedBy);

        var reused = await lea.SayAsync($"/code {code}");
        Assert.StartsWith("Ce code a déjà servi", reused.AllText);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Lea)!.Verification);
    }

    [Fact]
    public async Task An_expired_code_and_a_code_from_another_quartier_are_refused()
    {
        var world = new BotWorld();
        var marie = world.Private(Marie);
        await Journeys.SignUpVerifiedAsync(world, marie, Marie);
        var paul = world.Private(Paul);
        await Journeys.SignUpAsync(world, paul, Paul, "Paul Martin", Places.Drapeau);

        var otherQuartier = CodeIn((await marie.SayAsync("/parrainer")).AllText);
        var wrong = await paul.SayAsync($"/code {otherQuartier}");
        Assert.Equal(
            "Ce code vaut pour le quartier Centre-ville, et votre adresse est dans le quartier Grésilles. Il faut le code d'un voisin de votre quartier.",
            wrong.AllText);

        var lea = world.Private(Lea);
        await Journeys.SignUpAsync(world, lea, Lea, "Léa Bernard");
        var expiring = CodeIn((await marie.SayAsync("/parrainer")).AllText);
        world.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var expired = await lea.SayAsync($"/code {expiring}");
        Assert.StartsWith("Ce code a expiré.", expired.AllText);

        var unknown = await lea.SayAsync("/code ZZZZZZ");
        Assert.StartsWith("Je ne connais pas ce code.", unknown.AllText);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Lea)!.Verification);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Paul)!.Verification);
    }

    [Fact]
    public async Task Only_verified_residents_may_vouch()
    {
        var world = new BotWorld();
        var paul = world.Private(Paul);
        await Journeys.SignUpAsync(world, paul, Paul, "Paul Martin");

        var refused = await paul.SayAsync("/parrainer");

        Assert.StartsWith("Seuls les habitants déjà vérifiés peuvent parrainer un voisin.", refused.AllText);
        Assert.Empty(world.Invites.IssuedBy(Paul));
    }

    [Fact]
    public async Task A_moderator_refusal_is_applied_once_and_only_by_that_quartiers_moderators()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new() { Id = "centre-ville", Name = "Centre-ville", ModeratorIds = [Moderator] });
        var marie = world.Private(Marie);
        await Journeys.SignUpAsync(world, marie, Marie);

        var asked = await marie.PressAsync(SecondFactorService.AskModerator);
        Assert.StartsWith("C'est envoyé à un modérateur du quartier Centre-ville.", asked.AllText);
        var request = Assert.Single(world.Outbox.To(Moderator));
        Assert.Contains("Adresse : 12 Rue de la Liberté, 21000 Dijon", request.Action.Text);
        var refuse = request.Action.Buttons[1][0];
        Assert.Equal("Refuser", refuse.Text);

        var stranger = world.Private(777);
        var forged = await stranger.PressAsync(refuse.Data!);
        Assert.Equal("Seuls les modérateurs de ce quartier peuvent traiter cette demande.", forged.AllText);
        Assert.Equal(ModeratorVerificationStatus.Pending, Assert.Single(world.Requests.All).Status);

        var moderator = world.Private(Moderator);
        var decided = await moderator.PressAsync(refuse.Data!);
        Assert.StartsWith("Merci, c'est noté : la demande est refusée", decided.AllText);
        var again = await moderator.PressAsync(request.Action.Buttons[0][0].Data!);
        Assert.Equal("Cette demande a déjà été traitée. Merci !", again.AllText);

        var stored = Assert.Single(world.Requests.All);
        Assert.Equal((ModeratorVerificationStatus.Refused, (long?)Moderator), (stored.Status, stored.DecidedBy));
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Marie)!.Verification);
        var told = Assert.Single(world.Outbox.To(Marie));
        Assert.StartsWith("Un modérateur n'a pas pu confirmer votre adresse. Vous pouvez encore vous vérifier autrement", told.Action.Text);
    }

    [Fact]
    public async Task With_several_moderators_only_the_one_who_takes_the_request_sees_the_address()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new() { Id = "centre-ville", Name = "Centre-ville", ModeratorIds = [Moderator, 556] });
        var marie = world.Private(Marie);
        await Journeys.SignUpAsync(world, marie, Marie);

        await marie.PressAsync(SecondFactorService.AskModerator);

        var offers = world.Outbox.Rows.Where(r => r.ChatId is Moderator or 556).ToList();
        Assert.Equal(2, offers.Count);
        Assert.All(offers, o =>
        {
            Assert.DoesNotContain("Liberté", o.Action.Text);
            Assert.DoesNotContain("Dupont", o.Action.Text);
            Assert.Equal("Je m'en occupe", Assert.Single(o.Action.Buttons.SelectMany(r => r)).Text);
        });
        var take = offers[0].Action.Buttons[0][0].Data!;

        var taken = await world.Private(556).PressAsync(take);
        Assert.Contains("Adresse : 12 Rue de la Liberté, 21000 Dijon", taken.AllText);
        Assert.Equal(["Approuver", "Refuser"], taken.ButtonTitles);

        var other = world.Private(Moderator);
        Assert.Equal("Un autre modérateur s'occupe déjà de cette demande. Merci !", (await other.PressAsync(take)).AllText);
        Assert.Equal("Un autre modérateur s'occupe déjà de cette demande. Merci !", (await other.PressAsync(taken.PayloadOf("Approuver"))).AllText);
        Assert.Equal(VerificationLevel.Address, world.Residents.Find(Marie)!.Verification);

        await world.Private(556).PressAsync(taken.PayloadOf("Approuver"));
        Assert.Equal((VerificationLevel.Verified, (long?)556), (world.Residents.Find(Marie)!.Verification, Assert.Single(world.Requests.All).DecidedBy));
    }

    [Fact]
    public async Task A_resident_who_verifies_by_location_while_a_moderator_request_waits_withdraws_it_and_no_moderator_sees_the_address()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new() { Id = "centre-ville", Name = "Centre-ville", ModeratorIds = [Moderator] });
        var marie = world.Private(Marie);
        var resident = await Journeys.SignUpAsync(world, marie, Marie);
        await marie.PressAsync(SecondFactorService.AskModerator);
        var take = Assert.Single(world.Outbox.To(Moderator)).Action.Buttons[0][0].Data!;

        var verified = await marie.ShareLocationAsync(resident.Address!.Latitude, resident.Address.Longitude, live: false, accuracy: 5);
        Assert.StartsWith("Merci, votre position confirme votre adresse !", verified.AllText);
        Assert.Equal(ModeratorVerificationStatus.Withdrawn, Assert.Single(world.Requests.All).Status);

        var taken = await world.Private(Moderator).PressAsync(take);
        Assert.Equal("Cette personne a entre-temps vérifié son adresse autrement : il n'y a plus rien à faire. Merci !", taken.AllText);
        Assert.DoesNotContain("Liberté", taken.AllText);
        Assert.Equal(VerificationMethod.Location, world.Residents.Find(Marie)!.VerificationMethod);
    }

    [Fact]
    public async Task The_operators_verify_when_the_quartier_has_no_moderator()
    {
        var world = new BotWorld();
        var marie = world.Private(Marie);
        await Journeys.SignUpAsync(world, marie, Marie);

        await marie.PressAsync(SecondFactorService.AskModerator);
        var twice = await marie.PressAsync(SecondFactorService.AskModerator);

        Assert.StartsWith("Votre demande est déjà chez un modérateur.", twice.AllText);
        var request = Assert.Single(world.Outbox.To(BotWorld.Operator));
        await world.Private(BotWorld.Operator).PressAsync(request.Action.Buttons[0][0].Data!);
        Assert.Equal(VerificationMethod.Moderator, world.Residents.Find(Marie)!.VerificationMethod);
    }

    private static string CodeIn(string text) => CodePattern().Match(text).Groups[1].Value is { Length: 6 } code
        ? code
        : throw new Xunit.Sdk.XunitException($"No invite code in: {text}");

    [GeneratedRegex("code de parrainage : ([A-Z0-9]{6})")]
    private static partial Regex CodePattern();
}

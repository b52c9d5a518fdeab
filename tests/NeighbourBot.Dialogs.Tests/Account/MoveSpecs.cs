using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using GroupInvite = NeighbourBot.Core.Quartiers.GroupInvite;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using NeighbourBot.Geo.Addresses;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Account;

/// <summary>/demenager: a new address checked as at signup, confirmed, then the move and everything it implies.</summary>
public sealed class MoveSpecs
{
    private const long GresillesGroup = -100600;
    private const string Nowhere = "1 chemin des Vignes, Dijon";

    [Fact]
    public async Task I_can_move_to_another_quartier_my_listing_leaves_the_old_group_and_I_get_the_new_groups_link_once_verified()
    {
        var (world, listing) = await MarieWithAListingPaulAsksAboutAsync();
        var chat = world.Private(Marie);

        var started = await chat.SayAsync("/demenager");
        Assert.Equal([MoveMessages.Intro, MoveMessages.AskAddress], started.Texts);
        var confirm = await chat.SayAsync(Places.Drapeau);
        Assert.Equal("C'est bien le 10 Rue du Drapeau, 21000 Dijon ?", confirm.AllText);
        var question = await chat.PressAsync(SignupMessages.Yes);
        Assert.Equal(MoveMessages.Question("Centre-ville", "Grésilles", 1).Text, question.AllText);
        Assert.Equal([MoveMessages.GoTitle, MoveMessages.StayTitle], question.ButtonTitles);
        var before = world.Outbox.Rows.Count;

        var moved = await chat.PressAsync(question.PayloadOf(MoveMessages.GoTitle));

        Assert.Equal(MoveMessages.Moved("Centre-ville", "Grésilles", 1), moved.Texts[0]);
        Assert.Contains("Pour publier vos propres annonces, il reste à montrer que vous habitez bien là", moved.AllText, StringComparison.Ordinal);
        var marie = world.Residents.Find(Marie)!;
        Assert.Equal(("gresilles", VerificationLevel.Address, VerificationMethod.None), (marie.QuartierId, marie.Verification, marie.VerificationMethod));
        Assert.Equal((Places.DrapeauAddress.Street, Places.Drapeau), (marie.Address!.Street, marie.Address.TypedText));
        Assert.Equal(ListingStatus.Withdrawn, world.Listings.Find(listing.Id)!.Status);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Equal(OutboundActionKind.EditText, edit.Action.Kind);
        Assert.Contains("Annonce retirée", edit.Action.Text, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.ChatId == Paul);
        Assert.Equal(RelayStatus.Closed, Assert.Single(world.Relays.All).Status);
        Assert.Equal([$"remove {Group} {Marie}"], world.Groups.Calls);
        Assert.Equal([Sophie], world.Quartiers.Find(Quartier)!.ModeratorIds);

        var verified = await chat.ShareLocationAsync(Places.DrapeauAddress.Latitude, Places.DrapeauAddress.Longitude);

        Assert.Contains(FakeGroupAdministration.LinkFor(GresillesGroup), verified.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeGroupAdministration.LinkFor(Group), verified.AllText, StringComparison.Ordinal);
        Assert.Equal(VerificationLevel.Verified, world.Residents.Find(Marie)!.Verification);
    }

    [Fact]
    public async Task When_telegram_refuses_to_take_me_out_of_the_old_group_the_move_still_happens()
    {
        var (world, listing) = await MarieWithAListingPaulAsksAboutAsync();
        world.Groups.Fault = new HttpRequestException("Bad Request: not enough rights to restrict/unrestrict chat member");
        var chat = world.Private(Marie);
        await chat.SayAsync("/demenager");
        await chat.SayAsync(Places.Drapeau);
        await chat.PressAsync(SignupMessages.Yes);

        var moved = await chat.PressAsync(MoveMessages.Go);

        Assert.Equal(MoveMessages.Moved("Centre-ville", "Grésilles", 1), moved.Texts[0]);
        Assert.Equal("gresilles", world.Residents.Find(Marie)!.QuartierId);
        Assert.Equal(ListingStatus.Withdrawn, world.Listings.Find(listing.Id)!.Status);
        Assert.Equal([$"remove {Group} {Marie}"], world.Groups.Calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Cancelling_at_any_step_leaves_everything_as_it_was(int answered)
    {
        var (world, listing) = await MarieWithAListingPaulAsksAboutAsync();
        var chat = world.Private(Marie);
        var marieBefore = world.Residents.Find(Marie);
        var outboxBefore = world.Outbox.Rows.Count;
        var steps = new Func<Task>[]
        {
            () => chat.SayAsync("/demenager"),
            () => chat.SayAsync(Places.Drapeau),
            () => chat.PressAsync(SignupMessages.Yes),
        };
        foreach (var step in steps.Take(answered))
        {
            await step();
        }

        var cancelled = await chat.SayAsync("/annuler");

        Assert.StartsWith("C'est annulé", cancelled.AllText, StringComparison.Ordinal);
        Assert.Equal(marieBefore, world.Residents.Find(Marie));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Equal(RelayStatus.Open, Assert.Single(world.Relays.All).Status);
        Assert.Equal(outboxBefore, world.Outbox.Rows.Count);
        Assert.Empty(world.Groups.Calls);
        var late = await chat.PressAsync(MoveMessages.Go);
        Assert.Equal(NeighbourBotHandler.StaleButton, late.AllText);
        Assert.Equal(marieBefore, world.Residents.Find(Marie));
    }

    [Fact]
    public async Task Answering_no_to_the_move_keeps_everything()
    {
        var (world, listing) = await MarieWithAListingPaulAsksAboutAsync();
        var chat = world.Private(Marie);
        var marieBefore = world.Residents.Find(Marie);
        await chat.SayAsync("/demenager");
        await chat.SayAsync(Places.Drapeau);
        var question = await chat.PressAsync(SignupMessages.Yes);

        var kept = await chat.PressAsync(question.PayloadOf(MoveMessages.StayTitle));

        Assert.Equal(MoveMessages.Kept, kept.AllText);
        Assert.Equal(marieBefore, world.Residents.Find(Marie));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Empty(world.Groups.Calls);
    }

    [Fact]
    public async Task Every_lookup_outcome_is_answered_as_at_signup_and_nothing_changes_meanwhile()
    {
        var (world, _) = await MarieWithAListingPaulAsksAboutAsync();
        world.Lookup.Answer(Nowhere, new AddressLookupResult
        {
            Outcome = AddressLookupOutcome.Confirm,
            Candidates = [new AddressCandidate(FakeAddressLookup.Address("1", "Chemin des Vignes", 4.90, 47.20), 0.9, AddressMatchType.HouseNumber)],
        });
        var chat = world.Private(Marie);
        var marieBefore = world.Residents.Find(Marie);
        await chat.SayAsync("/demenager");

        var beaune = await chat.SayAsync(Places.Beaune);
        Assert.StartsWith("Cette adresse est à Beaune, en dehors des communes", beaune.AllText, StringComparison.Ordinal);
        Assert.Equal(1, world.Demand.All().Single(d => d.CityCode == "21054").Count);

        world.Lookup.Down = true;
        var down = await chat.SayAsync(Places.Liberte);
        Assert.Equal(MoveMessages.GeocoderDown, down.AllText);
        Assert.Null(world.Pending.Find(Marie));
        world.Lookup.Down = false;

        Assert.Equal(AddressQuestion.NotAnAddress, (await chat.SayAsync("12")).AllText);
        await chat.SayAsync("3 rue Imaginaire, Dijon");
        var third = await chat.SayAsync("4 rue Imaginaire, Dijon");
        Assert.EndsWith(MoveMessages.StillNotFound, third.AllText, StringComparison.Ordinal);

        var street = await chat.SayAsync(Places.LiberteStreetOnly);
        Assert.Equal("J'ai trouvé la rue : Rue de la Liberté, 21000 Dijon. Quel est votre numéro dans cette rue ?", street.AllText);
        var number = await chat.SayAsync("12");
        Assert.Equal("C'est bien le 12 Rue de la Liberté, 21000 Dijon ?", number.AllText);
        Assert.Equal("D'accord, corrigeons-la.\n" + MoveMessages.AskAddress, (await chat.PressAsync(SignupMessages.No)).AllText);

        var outside = await chat.SayAsync(Nowhere);
        Assert.StartsWith("C'est bien le 1 Chemin des Vignes", outside.AllText, StringComparison.Ordinal);
        Assert.Equal(MoveMessages.OutsideQuartiers + "\n" + MoveMessages.AskAddress, (await chat.PressAsync(SignupMessages.Yes)).AllText);

        var choose = await chat.SayAsync(Places.VictorHugo);
        Assert.Equal(["3 Avenue Victor Hugo, 21000 Dijon", "3 Rue Victor Hugo, 21000 Dijon", "Aucune de ces adresses"], choose.ButtonTitles);
        Assert.Equal(marieBefore, world.Residents.Find(Marie));

        var question = await chat.PressAsync(choose.PayloadOf("3 Rue Victor Hugo, 21000 Dijon"));
        Assert.Equal(MoveMessages.Question("Centre-ville", "Grésilles", 1).Text, question.AllText);
        Assert.Equal(marieBefore, world.Residents.Find(Marie));
    }

    [Fact]
    public async Task Moving_within_my_quartier_keeps_my_listing_and_my_group_but_asks_me_to_verify_again()
    {
        var (world, listing) = await MarieWithAListingPaulAsksAboutAsync();
        var chat = world.Private(Marie);
        await chat.SayAsync("/demenager");
        var choose = await chat.SayAsync(Places.VictorHugo);
        var question = await chat.PressAsync(choose.PayloadOf("3 Avenue Victor Hugo, 21000 Dijon"));
        Assert.StartsWith("Votre nouvelle adresse est toujours dans le quartier Centre-ville", question.AllText, StringComparison.Ordinal);

        var moved = await chat.PressAsync(MoveMessages.Go);

        Assert.Equal(MoveMessages.Moved("Centre-ville", "Centre-ville", 0), moved.Texts[0]);
        var marie = world.Residents.Find(Marie)!;
        Assert.Equal((Quartier, VerificationLevel.Address, "Avenue Victor Hugo"), (marie.QuartierId, marie.Verification, marie.Address!.Street));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(listing.Id)!.Status);
        Assert.Equal(RelayStatus.Open, Assert.Single(world.Relays.All).Status);
        Assert.Empty(world.Groups.Calls);
    }

    [Fact]
    public async Task Someone_not_signed_up_is_told_to_start_and_a_resident_not_yet_verified_moves_without_group_to_leave_and_their_moderator_request_is_dropped()
    {
        var world = World();
        Assert.Equal(MoveMessages.NotSignedUp, (await world.Private(Stranger).SayAsync("/demenager")).AllText);

        world.Requests.Upsert(new ModeratorVerificationRequest { Id = "rq", ResidentId = Paul, QuartierId = Quartier, CreatedAt = world.Clock.GetUtcNow() });
        var chat = world.Private(Paul);
        await chat.SayAsync("/demenager");
        await chat.SayAsync(Places.Drapeau);
        await chat.PressAsync(SignupMessages.Yes);
        await chat.PressAsync(MoveMessages.Go);

        Assert.Equal(ModeratorVerificationStatus.Refused, world.Requests.Find("rq")!.Status);
        Assert.Equal("gresilles", world.Residents.Find(Paul)!.QuartierId);
        Assert.Empty(world.Groups.Calls);
    }

    /// <summary>Marie (verified, moderator of Centre-ville with Sophie) gives a télé and Paul asks about it; Grésilles has its own group.</summary>
    private static async Task<(BotWorld World, Listing Listing)> MarieWithAListingPaulAsksAboutAsync()
    {
        var world = World();
        world.Quartiers.Upsert(world.Quartiers.Find(Quartier)! with { ModeratorIds = [Marie, Sophie] });
        world.Quartiers.Upsert(world.Quartiers.Find("gresilles")! with
        {
            GroupChatIds = [GresillesGroup],
            Invites = [new GroupInvite(GresillesGroup, "Grésilles", FakeGroupAdministration.LinkFor(GresillesGroup))],
        });
        world.Residents.Upsert(world.Residents.Find(Marie)! with { Address = Places.LiberteAddress });
        var listing = await PublishAsync(world, Marie, "je donne une télé");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        world.Delivery.DeliverAll();
        return (world, listing);
    }
}

using NeighbourBot.Core.Listings;
using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Community;

public sealed class SearchSpecs
{
    [Fact]
    public async Task I_find_the_open_listings_of_my_quartier_whatever_the_accents_case_and_plural()
    {
        var world = World();
        var bikes = await PublishAsync(world, Marie, "je donne deux vélos d'enfant");
        await PublishAsync(world, Sophie, "je donne une télé");
        var sold = await PublishAsync(world, Sophie, "je vends un vélo enfant 20 euros");
        await PublishAsync(world, Bernard, "je donne un vélo enfant");
        var given = await PublishAsync(world, Marie, "je donne un petit vélo pour enfant");
        await world.Private(Marie).PressAsync(ListingPayload.Of(ListingPayload.Given, given.Id));

        var said = await world.Private(Paul).SayAsync("/cherche VELO Enfants");

        Assert.Equal(
            "2 annonces en cours pour « VELO Enfants » :\n"
            + $"• Vente : {sold.Title}\n"
            + $"• Don : {bikes.Title}",
            said.AllText);
        Assert.Equal([$"🙋 {sold.Title}", $"🙋 {bikes.Title}"], said.ButtonTitles);
        Assert.Equal(
            [ListingPayload.Of(ListingPayload.Interested, sold.Id), ListingPayload.Of(ListingPayload.Interested, bikes.Id)],
            said.Buttons.Select(b => (string)b.Value));
    }

    [Fact]
    public async Task Results_come_five_at_a_time_newest_first_with_a_next_button()
    {
        var world = World();
        var chairs = Enumerable.Range(1, 7).Select(i => Seed(world, $"Chaise {i}", i)).ToList();
        Seed(world, "Table", 8);

        var first = await world.Private(Paul).SayAsync("/cherche chaises");
        var next = await world.Private(Paul).PressAsync(first.PayloadOf(CommunityMessages.Next));

        Assert.Equal(
            "7 annonces en cours pour « chaises » (page 1 sur 2) :\n• Don : Chaise 7\n• Don : Chaise 6\n• Don : Chaise 5\n• Don : Chaise 4\n• Don : Chaise 3",
            first.AllText);
        Assert.Equal("cs:1:chaise", first.PayloadOf(CommunityMessages.Next));
        Assert.Equal("7 annonces en cours pour « chaise » (page 2 sur 2) :\n• Don : Chaise 2\n• Don : Chaise 1", next.AllText);
        Assert.DoesNotContain(CommunityMessages.Next, next.ButtonTitles);
        Assert.Equal(2, next.Buttons.Count);
        Assert.Equal(7, chairs.Count);
    }

    [Fact]
    public async Task An_edited_listing_is_found_by_its_new_words_only()
    {
        var world = World();
        var listing = await PublishAsync(world, Marie, "je donne une trottinette rouge");
        var before = await world.Private(Paul).SayAsync("/cherche trottinette");
        world.Listings.Save(world.Listings.Find(listing.Id)! with
        {
            Title = "Draisienne",
            Items = ["draisienne"],
            Text = "je donne une draisienne rouge",
            MaskedText = "je donne une draisienne rouge",
        });

        var oldWords = await world.Private(Paul).SayAsync("/cherche trottinette");
        var newWords = await world.Private(Paul).SayAsync("/cherche draisienne");

        Assert.StartsWith("1 annonce en cours", before.AllText, StringComparison.Ordinal);
        Assert.Equal(CommunityMessages.NothingFound("trottinette"), oldWords.AllText);
        Assert.Equal("1 annonce en cours pour « draisienne » :\n• Don : Draisienne", newWords.AllText);
    }

    [Fact]
    public async Task Nothing_found_says_so_and_suggests_an_alert()
    {
        var world = World();
        Seed(world, "Chaise", 1);

        var said = await world.Private(Paul).SayAsync("/cherche trottinette");

        Assert.Equal(CommunityMessages.NothingFound("trottinette"), said.AllText);
        Assert.Contains("/alerte trottinette", said.AllText);
        Assert.Empty(said.Buttons);
    }

    [Theory]
    [InlineData(Stranger, "/cherche vélo", CommunityMessages.NeedsQuartier)]
    [InlineData(Paul, "/cherche", CommunityMessages.SearchHowTo)]
    [InlineData(Paul, "/cherche le de la", CommunityMessages.SearchHowTo)]
    [InlineData(Paul, "/cherche vélo rouge bleu vert jaune violet orange", CommunityMessages.TooLong)]
    [InlineData(Paul, "/cherche anticonstitutionnellement intergouvernementalisation ébouriffantes", CommunityMessages.TooLong)]
    public async Task A_search_that_cannot_run_gets_a_clear_answer(long who, string typed, string expected)
    {
        var world = World();
        Seed(world, "Vélo", 1);

        var said = await world.Private(who).SayAsync(typed);

        Assert.Equal(expected, said.AllText);
    }

    [Fact]
    public async Task A_forged_next_button_is_an_answer_not_an_error()
    {
        var world = World();

        var said = await world.Private(Paul).PressAsync("cs:99999:x");
        var emptyPage = await world.Private(Paul).PressAsync("cs:7:chaise");

        Assert.Equal(NeighbourBotHandler.UnreadableButton, said.AllText);
        Assert.Equal(CommunityMessages.NothingFound("chaise"), emptyPage.AllText);
    }

    private static Listing Seed(BotWorld world, string title, int hoursAgo) => world.Listings.Save(new Listing
    {
        AuthorId = Sophie,
        QuartierId = Quartier,
        Kind = ListingKind.Give,
        Title = title,
        Items = [title.ToLowerInvariant()],
        Text = "je donne " + title.ToLowerInvariant(),
        MaskedText = "je donne " + title.ToLowerInvariant(),
        Status = ListingStatus.Open,
        PublishedAt = world.Clock.GetUtcNow().AddHours(-100 + hoursAgo),
        ExpiresAt = world.Clock.GetUtcNow().AddDays(10),
    });
}

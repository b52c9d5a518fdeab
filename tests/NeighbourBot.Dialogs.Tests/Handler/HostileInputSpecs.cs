using Microsoft.Bot.Schema;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Support;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Tests.Handler;

public sealed class HostileInputSpecs
{
    private const long Marie = 101;

    private static async Task<TestChat> AtAddressStepAsync(BotWorld world)
    {
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        await chat.SayAsync("Marie Dupont");
        return chat;
    }

    [Fact]
    public async Task A_five_thousand_character_name_gets_a_short_hint_and_nothing_is_kept()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");

        var hint = await chat.SayAsync(new string('A', 5000));

        Assert.StartsWith("C'est un peu long pour un nom", hint.AllText);
        Assert.True(hint.AllText.Length < 300);
        Assert.Null(world.Residents.Find(Marie));
        Assert.Equal(["Merci Marie !", SignupMessages.AskAddress], (await chat.SayAsync("Marie Dupont")).Texts);
    }

    [Theory]
    [InlineData("Robert'); DROP TABLE residents;--")]
    [InlineData("<b>Marie</b>")]
    [InlineData("http://spam.example")]
    [InlineData("Marie 2000")]
    [InlineData("😀😀😀")]
    [InlineData("M")]
    public async Task A_name_that_is_not_a_name_is_asked_again_without_being_echoed(string name)
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");

        var hint = await chat.SayAsync(name);

        var text = Assert.Single(hint.Texts);
        Assert.Contains("par exemple", text);
        Assert.DoesNotContain(name, text);
        Assert.Equal(SignupMessages.AskName, (await chat.SayAsync("/start")).AllText);
    }

    [Fact]
    public async Task Names_with_accents_hyphens_and_apostrophes_are_welcome()
    {
        var world = new BotWorld();
        var chat = await AtAddressStepAsync(world);
        await chat.SayAsync("/annuler");
        await chat.SayAsync("/start");

        var firstNameOnly = await chat.SayAsync("Zoé");
        var thanks = await chat.SayAsync("  Zoé   O’Brien-Lefèvre ");

        Assert.Equal("Merci ! Écrivez aussi votre nom de famille, par exemple : Zoé Dupont.", firstNameOnly.AllText);
        Assert.Equal("Merci Zoé !", thanks.Texts[0]);
    }

    [Fact]
    public async Task A_resident_who_types_the_address_instead_of_the_name_is_told_it_comes_next()
    {
        var world = new BotWorld();
        var chat = await AtAddressStepAsync(world);
        await chat.SayAsync("/annuler");
        await chat.SayAsync("/start");

        var skipped = await chat.SayAsync("5 rue Jeannin");
        var digits = await chat.SayAsync("Paul75");

        Assert.Equal("Votre adresse viendra juste après 🙂 D'abord, écrivez votre prénom et votre nom, par exemple : Marie Dupont.", skipped.AllText);
        Assert.StartsWith("Un nom ne contient ni chiffres ni liens.", digits.AllText);
        Assert.Equal("Merci Paul !", (await chat.SayAsync("Paul Martin")).Texts[0]);
    }

    [Fact]
    public async Task An_address_made_of_emojis_gets_a_hint_and_never_reaches_the_geocoder()
    {
        var world = new BotWorld();
        var chat = await AtAddressStepAsync(world);

        var hint = await chat.SayAsync("🏠🌳🏠🌳");

        Assert.StartsWith("Je ne reconnais pas une adresse.", hint.AllText);
        Assert.Empty(world.Lookup.Queries);
        Assert.Null(world.Residents.Find(Marie));
    }

    [Fact]
    public async Task Markup_and_sql_in_an_address_are_stored_as_typed_and_echoed_as_plain_text()
    {
        var world = new BotWorld();
        var chat = await AtAddressStepAsync(world);
        world.Lookup.Down = true;
        const string typed = "12 rue <b>Liberté</b>'); DROP TABLE residents;-- <script>alert(1)</script>";

        await chat.SayAsync(typed);
        var me = await chat.SayAsync("/moi");

        Assert.Equal(typed, world.Residents.Find(Marie)!.Address!.TypedText);
        Assert.Contains("Adresse : " + typed + " (vos voisins ne la voient pas)", me.AllText);
        Assert.All(me.Activities, a =>
        {
            Assert.Equal(TextFormatTypes.Plain, a.TextFormat);
            Assert.Null(a.ChannelData);
        });
    }

    [Fact]
    public async Task Thirty_messages_in_ten_seconds_get_one_polite_notice_and_leave_the_signup_intact()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);
        await chat.SayAsync("/start");
        world.Clock.Advance(TimeSpan.FromSeconds(20));
        world.Pace = TimeSpan.FromMilliseconds(300);

        var replies = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            replies.AddRange((await chat.SayAsync("😀")).Texts);
        }

        Assert.Single(replies, r => r == RateLimitMiddleware.Notice);
        Assert.Equal(world.RateLimit.MaxMessages + 1, replies.Count);
        Assert.Null(world.Residents.Find(Marie));

        world.Pace = TimeSpan.FromSeconds(2);
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["Merci Marie !", SignupMessages.AskAddress], (await chat.SayAsync("Marie Dupont")).Texts);
    }

    [Fact]
    public async Task Malformed_or_forged_button_presses_get_a_polite_answer_and_change_nothing()
    {
        var world = new BotWorld();
        var chat = await AtAddressStepAsync(world);
        await chat.SayAsync(Places.Liberte);

        var wrongType = chat.Text("");
        wrongType.Value = new JObject { ["callback"] = 5, ["messageId"] = 1 };
        var noMessageId = chat.Text("");
        noMessageId.Value = new JObject { ["callback"] = SignupMessages.Yes };
        var tooLong = chat.Press("su:" + new string('x', 70));
        var notJson = chat.Text("");
        notJson.Value = "{not json";

        foreach (var press in new[] { wrongType, noMessageId, tooLong, notJson, chat.Press("su:addr:yes<script>") })
        {
            Assert.Equal(NeighbourBotHandler.UnreadableButton, (await chat.SendAsync(press)).AllText);
        }

        Assert.Equal(NeighbourBotHandler.UnreadableButton, (await chat.PressAsync("zz:hack")).AllText);
        var stale = await chat.PressAsync(SignupMessages.PickPrefix + "7");
        Assert.Equal("Répondez avec les boutons Oui ou Non, s'il vous plaît.", stale.Texts[0]);
        Assert.Equal(["Oui", "Non, corriger"], stale.ButtonTitles);
        Assert.Null(world.Residents.Find(Marie));
        Assert.StartsWith("C'est bien le 12 Rue de la Liberté", (await chat.SayAsync("/start")).AllText);
    }

    [Fact]
    public async Task Stickers_and_unknown_commands_get_a_short_polite_answer()
    {
        var world = new BotWorld();
        var chat = world.Private(Marie);

        var sticker = await chat.SayAsync("", a => a.Properties["unsupported"] = "sticker");
        var unknown = await chat.SayAsync("/supercommande");

        Assert.Equal(NeighbourBotHandler.UnsupportedContent, sticker.AllText);
        Assert.Equal(NeighbourBotHandler.UnknownCommand, unknown.AllText);
        Assert.Equal(NeighbourBotHandler.Help, (await chat.SayAsync("/aide")).AllText);
    }

    [Fact]
    public async Task A_fault_in_a_turn_apologises_commits_nothing_and_clears_the_broken_state()
    {
        var world = new BotWorld();
        var chat = await AtAddressStepAsync(world);
        world.Lookup.Fault = new InvalidOperationException("boom");
        var commitsBefore = world.UnitsOfWork.Commits;

        var apology = await chat.SayAsync(Places.Liberte);

        Assert.Equal(TurnErrorHandler.Apology, apology.AllText);
        Assert.Equal(commitsBefore, world.UnitsOfWork.Commits);
        world.Lookup.Fault = null;
        Assert.Equal([SignupMessages.Welcome, SignupMessages.AskName], (await chat.SayAsync("/start")).Texts);
    }
}

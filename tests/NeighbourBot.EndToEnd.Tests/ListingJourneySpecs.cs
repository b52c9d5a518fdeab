using NeighbourBot.Dialogs.Posting;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>The heart of the product, end to end over the emulator: post, broadcast, relay, reserve, give.</summary>
public sealed class ListingJourneySpecs : IAsyncLifetime
{
    private const long Group = -100600;
    private const long Marie = 1001;
    private const long Paul = 1004;
    private const long Zoe = 1009;
    private const string Phone = "06 39 98 12 40";

    private BotWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await BotWorld.StartWithCentreVilleGroupAsync(Group, [(Marie, "Marie", "marie_c"), (Paul, "Paul", "paul_v"), (Zoe, "Zoé", "zoe_b")]);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_tv_given_away_through_the_group_and_the_relay_without_anyone_seeing_a_phone_number()
    {
        var control = _world.Emulator.Control;
        await _world.SignUpAndVerifyAsync(Marie, "Marie Curie");
        await _world.SignUpAndVerifyAsync(Paul, "Paul Verlaine");

        // Marie posts; the preview shows, she publishes; the group gets the listing, masked.
        var preview = await _world.SendAndExpectAsync(Marie, Marie, $"je donne une télé, appelez-moi au {Phone}", "Voici votre annonce");
        control.PressButtonLabelled(Marie, Marie, _world.LatestWithButton(Marie, PostingMessages.Publish).MessageId, PostingMessages.Publish);
        var post = await control.WaitForMessageAsync(Group, m => m.FromBot && (m.Body ?? "").Contains("élé", StringComparison.Ordinal), BotWorld.Patience, CancellationToken.None);
        Assert.Contains("Marie", post.Body);
        Assert.DoesNotContain("06 39", post.Body);
        Assert.Contains(post.Buttons, b => b.Text == ListingText.InterestedTitle);

        // Paul is interested: Marie learns it in private, and they talk through the bot.
        var press = control.PressButtonLabelled(Paul, Group, post.MessageId, ListingText.InterestedTitle);
        var interest = await _world.ExpectAfterAsync(Marie, preview.MessageId, "Paul est intéressé");
        Assert.Equal("Je vous ai répondu en privé.", (await control.WaitForCallbackAnswerAsync(press, BotWorld.Patience, CancellationToken.None)).Text);
        var paulsMessage = await _world.SendAndExpectAsync(Paul, Paul, "Bonjour, je peux passer ce soir ?", "Transmis à Marie");
        await _world.ExpectAfterAsync(Marie, interest.MessageId, "je peux passer ce soir");
        var answer = control.UserSends(Marie, Marie, "Oui, vers 18 h", replyToMessageId: null);
        await _world.ExpectAfterAsync(Paul, paulsMessage.MessageId, "vers 18 h");

        // Marie reserves it for Paul, then marks it given: the group message follows, buttons gone at the end.
        control.PressButtonLabelled(Marie, Marie, interest.MessageId, "Réserver pour Paul");
        await control.WaitForMessageAsync(Group, m => m.MessageId == post.MessageId && (m.Body ?? "").Contains("Réservé", StringComparison.Ordinal), BotWorld.Patience, CancellationToken.None);
        var done = _world.LatestWithButton(Marie, "✅ Donné");
        control.PressButtonLabelled(Marie, Marie, done.MessageId, "✅ Donné");
        var final = await control.WaitForMessageAsync(Group, m => m.MessageId == post.MessageId && (m.Body ?? "").Contains("Donné", StringComparison.Ordinal), BotWorld.Patience, CancellationToken.None);

        Assert.Empty(final.InlineKeyboard);
        Assert.Equal(1, control.Messages(Group).Count(m => m.FromBot && (m.Body ?? "").Contains("élé", StringComparison.Ordinal)));
        var toPaul = string.Join("\n", control.Messages(Paul).Where(m => m.FromBot).Select(m => m.Body));
        var toMarie = string.Join("\n", control.Messages(Marie).Where(m => m.FromBot).Select(m => m.Body));
        Assert.DoesNotContain("marie_c", toPaul);
        Assert.DoesNotContain("06 39 98", toPaul);
        Assert.DoesNotContain("Curie", toPaul);
        Assert.DoesNotContain("Verlaine", toMarie);
        Assert.DoesNotContain("paul_v", toMarie);
        Assert.NotNull(answer);
    }

    [Fact]
    public async Task A_neighbour_who_never_wrote_to_the_bot_is_taken_from_the_group_button_to_signup_in_private()
    {
        var control = _world.Emulator.Control;
        await _world.SignUpAndVerifyAsync(Marie, "Marie Curie");
        await _world.SendAndExpectAsync(Marie, Marie, "je prête ma perceuse", "Voici votre annonce");
        control.PressButtonLabelled(Marie, Marie, _world.LatestWithButton(Marie, PostingMessages.Publish).MessageId, PostingMessages.Publish);
        var post = await control.WaitForMessageAsync(Group, m => m.FromBot && (m.Body ?? "").Contains("erceuse", StringComparison.Ordinal), BotWorld.Patience, CancellationToken.None);

        // The bot may not write first to Zoé: the press itself answers with a link that opens its private chat.
        var press = control.PressButtonLabelled(Zoe, Group, post.MessageId, ListingText.InterestedTitle);
        var answer = await control.WaitForCallbackAnswerAsync(press, BotWorld.Patience, CancellationToken.None);
        Assert.NotNull(answer.Url);
        Assert.StartsWith("https://t.me/", answer.Url, StringComparison.Ordinal);
        var start = answer.Url[(answer.Url.IndexOf("?start=", StringComparison.Ordinal) + "?start=".Length)..];
        Assert.StartsWith("annonce_", start, StringComparison.Ordinal);
        Assert.DoesNotContain(control.Messages(Zoe), m => m.FromBot);

        // Opening it sends /start with the listing: signup begins at once, and Marie hears nothing until Zoé is verified.
        var opened = control.UserSends(Zoe, Zoe, "/start " + start);
        await _world.ExpectAfterAsync(Zoe, opened.MessageId, "réservée aux habitants inscrits");
        await _world.ExpectAfterAsync(Zoe, opened.MessageId, "quel est votre prénom");
        Assert.DoesNotContain(control.Messages(Marie), m => m.FromBot && (m.Body ?? "").Contains("Zoé", StringComparison.Ordinal));
        Assert.DoesNotContain(_world.Bot!.Output.Split('\n'), line => line.Contains("fail:", StringComparison.Ordinal));
    }
}

using System.Text.RegularExpressions;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>
/// The quartier digest end to end: the real host on an every-minute schedule (an operator setting, not a test hook),
/// a group in DigestOnly mode, and a neighbour opening a listing from the recap's deep link.
/// </summary>
public sealed partial class DigestSpecs : IAsyncLifetime
{
    private const long Group = -100700;
    private const long Marie = 1101;
    private const long Paul = 1104;

    // The next minute boundary, plus the time to build, queue and send.
    private static readonly TimeSpan DigestPatience = TimeSpan.FromSeconds(100);

    private BotWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await BotWorld.StartWithCentreVilleGroupAsync(Group, [(Marie, "Marie", "marie_c"), (Paul, "Paul", "paul_v")], "--NeighbourBot:Digest:Schedule=* * * * *", "--NeighbourBot:Listings:GroupMode=DigestOnly");

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_recap_reaches_the_linked_group_and_its_deep_link_opens_the_listing_in_private_for_a_neighbour()
    {
        var control = _world.Emulator.Control;
        await _world.SignUpAndVerifyAsync(Marie, "Marie Curie");
        await _world.SignUpAndVerifyAsync(Paul, "Paul Verlaine");
        var preview = await _world.SendAndExpectAsync(Marie, Marie, "je donne une télé", "Voici votre annonce");
        control.PressButtonLabelled(Marie, Marie, _world.LatestWithButton(Marie, PostingMessages.Publish).MessageId, PostingMessages.Publish);

        var recap = await control.WaitForMessageAsync(
            Group, m => m.FromBot && (m.Body ?? "").Contains("Les nouvelles annonces du quartier Centre-ville", StringComparison.Ordinal), DigestPatience, CancellationToken.None);

        Assert.Contains("Dons", recap.Body);
        Assert.Contains("Télé", recap.Body);
        var link = Assert.Single(recap.Entities, e => e.Type == "text_link");
        var match = DeepLink().Match(link.Url ?? "");
        Assert.True(match.Success, link.Url);
        Assert.Equal("Télé", recap.Body!.Substring(link.Offset, link.Length));

        // Telegram turns the link into "/start <payload>" in the neighbour's private chat.
        var opened = await _world.SendAndExpectAsync(Paul, Paul, "/start " + match.Groups["payload"].Value, "Télé");
        Assert.Contains(opened.Buttons, b => b.Text == ListingText.InterestedTitle);
        Assert.DoesNotContain("Curie", opened.Body);
        control.PressButtonLabelled(Paul, Paul, opened.MessageId, ListingText.InterestedTitle);
        await _world.ExpectAfterAsync(Marie, preview.MessageId, "Paul est intéressé");

        // One listing, one recap message (not one per minute since, nor one per group message).
        var recaps = control.Messages(Group).Count(m => m.FromBot && (m.Body ?? "").Contains("Les nouvelles annonces", StringComparison.Ordinal));
        Assert.Equal(1, recaps);
    }

    [GeneratedRegex(@"^https://t\.me/[A-Za-z0-9_]+\?start=(?<payload>annonce_\d+)$")]
    private static partial Regex DeepLink();
}

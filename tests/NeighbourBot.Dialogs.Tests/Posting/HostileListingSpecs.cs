using System.Text;
using System.Text.RegularExpressions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Middleware;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Posting;

public sealed partial class HostileListingSpecs
{
    /// <summary>What is left once the tags the bot writes itself are taken out: no tag, no raw ampersand may remain.</summary>
    private static void AssertOnlyOurMarkup(string html)
    {
        var rest = OurTags().Replace(html, "");
        Assert.DoesNotContain("<", rest);
        Assert.DoesNotContain(">", rest);
        Assert.Empty(RawAmpersand().Matches(rest));
    }

    [Fact]
    public async Task Html_and_markdown_in_a_listing_are_shown_as_typed_in_the_group()
    {
        var world = World();
        world.Residents.Upsert(world.Residents.Find(Marie)! with { FirstName = "<i>Marie</i>" });
        const string text = "Je donne une télé <b>neuve</b> & *gratuite* _vite_ [clic](http://x.example) <script>alert(1)</script> &amp;";

        await PublishAsync(world, Marie, text);

        var html = world.Outbox.To(Neighbours.Group).Single().Action.Text;
        AssertOnlyOurMarkup(html);
        Assert.Contains("Je donne une télé &lt;b&gt;neuve&lt;/b&gt; &amp; *gratuite* _vite_ [clic](http://x.example) &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;", html);
        Assert.Contains("— &lt;i&gt;Marie&lt;/i&gt;, quartier Centre-ville", html);
    }

    [Fact]
    public async Task A_title_typed_with_html_is_escaped_too()
    {
        var world = World();
        var chat = world.Private(Marie);
        await chat.SayAsync("je donne une télé");
        await chat.PressAsync(PostingFlow.ModifyPayload);
        await chat.PressAsync(PostingFlow.ChangeTitlePayload);
        await chat.SayAsync("<a href=\"http://evil\">Télé</a>");
        await chat.PressAsync(PostingFlow.PublishPayload);

        var html = world.Outbox.To(Neighbours.Group).Single().Action.Text;

        AssertOnlyOurMarkup(html);
        Assert.StartsWith("<b>Don : &lt;a href=\"http://evil\"&gt;Télé&lt;/a&gt;</b>", html);
    }

    [Fact]
    public async Task A_four_thousand_character_listing_full_of_markup_fits_one_message_once_formatted()
    {
        var world = World();
        var text = "Je donne une télé " + string.Concat(Enumerable.Repeat("<&> 😀 ", 700));
        text = text[..4000];

        await PublishAsync(world, Marie, text);

        var html = world.Outbox.To(Neighbours.Group).Single().Action.Text;
        Assert.InRange(html.Length, 3500, ListingText.MaxMessage);
        Assert.Contains("…", html);
        Assert.EndsWith("— Marie, quartier Centre-ville", html);
        AssertOnlyOurMarkup(html);
    }

    [Fact]
    public async Task A_photo_caption_over_1024_characters_is_cut_so_that_the_caption_fits()
    {
        var world = World();
        var caption = "Je donne ce fauteuil. " + new string('x', 1500);

        var listing = await PublishAsync(world, Marie, caption, Photo());
        await world.Group(Neighbours.Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, listing.Id));
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, world.Relays.All.Single().Id));

        var sent = world.Outbox.To(Neighbours.Group)[0];
        var edit = world.Outbox.To(Neighbours.Group)[^1];
        Assert.Equal(OutboundActionKind.SendPhoto, sent.Action.Kind);
        Assert.Equal(OutboundActionKind.EditCaption, edit.Action.Kind);
        Assert.All(new[] { sent, edit }, r =>
        {
            Assert.InRange(r.Action.Text.Length, 900, ListingText.MaxCaption);
            Assert.Contains("Je donne ce fauteuil. xxx", r.Action.Text);
            Assert.Contains("…", r.Action.Text);
            Assert.EndsWith("— Marie, quartier Centre-ville", r.Action.Text);
        });
        Assert.Equal(caption, world.Listings.Find(listing.Id)!.Text);
    }

    [Fact]
    public async Task Fifty_messages_in_ten_seconds_get_one_polite_notice()
    {
        var world = World();
        world.Pace = TimeSpan.FromMilliseconds(200);
        var chat = world.Private(Marie);

        var texts = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            texts.AddRange((await chat.SayAsync($"Je donne une télé n°{i}")).Texts);
        }

        Assert.Equal(1, texts.Count(t => t == RateLimitMiddleware.Notice));
        Assert.Equal(world.RateLimit.MaxMessages + 1, texts.Count);
        Assert.Empty(world.Listings.All);
    }

    [Fact]
    public void Every_payload_fits_telegrams_64_bytes_even_with_the_largest_ids()
    {
        var payloads = new[]
        {
            ListingPayload.Of(ListingPayload.Interested, long.MaxValue),
            ListingPayload.Of(ListingPayload.Unreserve, long.MaxValue),
            RelayService.Payload(RelayService.ReservePayload, long.MaxValue),
            RelayService.Payload(RelayService.BlockPayload, long.MaxValue),
            PostingFlow.CategoryPrefix + ListingVocabulary.ToWire(ListingCategory.ServiceMoving),
            PostingFlow.KindPrefix + ListingVocabulary.ToWire(ListingKind.HelpRequest),
        };

        Assert.All(payloads, p => Assert.InRange(Encoding.UTF8.GetByteCount(p), 1, 64));
        Assert.True(ListingPayload.TryRead(payloads[0], ListingPayload.Prefix, out var action, out var id));
        Assert.Equal((ListingPayload.Interested, long.MaxValue), (action, id));
    }

    [Theory]
    [InlineData("😀😀😀😀😀😀", 7)]
    [InlineData("&&&&", 12)]
    [InlineData("abc", 0)]
    public void Cutting_never_splits_an_emoji_or_an_entity(string text, int budget)
    {
        var cut = ListingText.FitEscaped(text, budget);

        Assert.InRange(cut.Length, 0, budget);
        Assert.False(cut.Length > 0 && char.IsHighSurrogate(cut[^1]));
        Assert.DoesNotMatch("&(?!amp;|lt;|gt;)", cut);
    }

    [GeneratedRegex("</?(b|s)>")]
    private static partial Regex OurTags();

    [GeneratedRegex("&(?!amp;|lt;|gt;)")]
    private static partial Regex RawAmpersand();
}

using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Tests.Digests;

/// <summary>How a digest reads: headings for every kind, escaped titles with deep links, and splitting at Telegram's limit.</summary>
public sealed class DigestTextSpecs
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_kind_falls_under_one_of_the_headings_in_a_fixed_order()
    {
        var lines = Enum.GetValues<ListingKind>().Select((k, i) => new DigestLine(i + 1, 1, k, ListingCategory.Other, At, "Objet " + k)).ToList();

        var text = Assert.Single(DigestComposer.GroupMessages("Centre-ville", lines, "NeighbourBot"));

        var headings = new[] { "Dons", "Prêts", "Demandes", "Services", "Événements", "Perdu/Trouvé", "Ventes et échanges", "Autres annonces" };
        var positions = headings.Select(h => text.IndexOf($"<b>{h}</b>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        foreach (var line in lines)
        {
            Assert.Contains($"https://t.me/NeighbourBot?start=annonce_{line.ListingId}", text, StringComparison.Ordinal);
        }

        Assert.Contains("• Recherche : <a href=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_are_escaped_and_a_long_recap_is_split_between_lines_never_inside_one()
    {
        var lines = Enumerable.Range(1, 300)
            .Select(i => new DigestLine(i, 1, (i % 3) switch { 0 => ListingKind.Give, 1 => ListingKind.Lend, _ => ListingKind.Seek }, ListingCategory.Other, At.AddMinutes(i),
                $"<b>Chaise & table n°{i}</b> très très longue description pour remplir la ligne"))
            .ToList();

        var messages = DigestComposer.GroupMessages("Centre-ville", lines, "NeighbourBot");

        Assert.True(messages.Count >= 3, $"{messages.Count} message(s)");
        Assert.All(messages, m => Assert.InRange(m.Length, 1, ListingText.MaxMessage));
        Assert.All(messages, m => Assert.DoesNotContain("<b>Chaise", m, StringComparison.Ordinal));
        var allLines = messages.SelectMany(m => m.Split('\n')).Where(l => l.StartsWith('•')).ToList();
        Assert.Equal(300, allLines.Count);
        Assert.All(allLines, l => Assert.EndsWith("</a>", l, StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains(">&lt;b&gt;Chaise &amp; table n°7&lt;/b&gt; très", StringComparison.Ordinal));
        Assert.All(messages.Skip(1), m => Assert.StartsWith("<i>(suite)</i>", m, StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_new_is_no_message_at_all()
    {
        Assert.Empty(DigestComposer.GroupMessages("Centre-ville", [], "NeighbourBot"));
        Assert.Null(DigestComposer.PrivateMessage(DigestRecipient.Of(new Resident { Id = 1, FirstName = "Marie" }), "Centre-ville", [], 10));
    }

    [Fact]
    public void A_private_digest_shows_ten_listings_with_a_button_each_says_how_many_more_and_offers_the_other_frequencies()
    {
        var lines = Enumerable.Range(1, 12).Select(i => new DigestLine(i, 2, ListingKind.Give, ListingCategory.Other, At.AddMinutes(i), $"Objet {i}")).ToList();
        var marie = new Resident { Id = 101, PrivateChatId = 101, FirstName = "Marie" };

        var action = DigestComposer.PrivateMessage(DigestRecipient.Of(marie), "Centre-ville", lines, 10)!;

        Assert.StartsWith("Bonjour Marie, voici les nouvelles annonces de votre quartier Centre-ville cette semaine :\n\nDons :\n• Objet 12", action.Text, StringComparison.Ordinal);
        Assert.EndsWith("… et 2 autres annonces : tapez /cherche pour les trouver.", action.Text, StringComparison.Ordinal);
        Assert.False(action.IsHtml);
        Assert.Equal(101, action.ChatId);
        var buttons = action.Buttons.SelectMany(r => r).ToList();
        Assert.Equal(10, buttons.Count(b => b.Data!.StartsWith("dg:voir:", StringComparison.Ordinal)));
        Assert.Equal(["Chaque jour", "Jamais", "⚙️ Régler mon résumé"], action.Buttons[^1].Select(b => b.Text));
        Assert.All(buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.Data!) <= 64));
    }
}

using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Stats;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Account;

/// <summary>/stats for operators, computed from a real LiteDB file by the same service as the <c>stats</c> verb.</summary>
public sealed class StatsSpecs
{
    private const long Ines = 9001;
    private const long Hugo = 9002;
    private const long Lea = 9003;
    private const long Group = -100900;

    [Fact]
    public async Task An_operator_reads_the_figures_in_private_and_a_resident_is_politely_refused()
    {
        var lookup = Places.Lookup();
        using var bot = new LiteDbBot(lookup);
        bot.Get<IQuartierStore>().Upsert(new Quartier { Id = "centre-ville", Name = "Centre-ville", GroupChatIds = [Group] });
        await SignUpAsync(bot, Ines, "Inès Roux", Places.Liberte);
        await bot.ShareLocationAsync(Ines, Places.LiberteAddress.Latitude, Places.LiberteAddress.Longitude);
        lookup.Down = true;
        await SignUpAsync(bot, Hugo, "Hugo Petit", "3 rue de la Préfecture, Dijon");
        lookup.Down = false;
        await bot.SayAsync(Lea, "/start");
        await bot.SayAsync(Lea, "Léa Blanc");
        await bot.SayAsync(Lea, Places.Beaune);
        await bot.SayAsync(Ines, "Je donne une lampe");
        await bot.PressAsync(Ines, PostingFlow.PublishPayload);
        await bot.SayAsync(Ines, "Je donne un vélo");
        await bot.PressAsync(Ines, PostingFlow.PublishPayload);
        bot.DeliverAll();
        var lampe = bot.Get<Core.Listings.IListingStore>().ByAuthor(Ines).OrderBy(l => l.Id).First();
        await bot.PressAsync(Ines, ListingPayload.Of(ListingPayload.Given, lampe.Id));
        var velo = bot.Get<Core.Listings.IListingStore>().ByAuthor(Ines).OrderBy(l => l.Id).Last();
        bot.Get<Core.Moderation.IModerationStore>().Save(new Core.Moderation.ModerationCase
        {
            ListingId = velo.Id, QuartierId = "centre-ville", AuthorId = Ines, CreatedAt = bot.Clock.GetUtcNow(),
            Reports = [new(Hugo, Core.Moderation.ReportReason.Commercial, bot.Clock.GetUtcNow())],
        });
        bot.Get<IModeratorVerificationStore>().Upsert(new ModeratorVerificationRequest { Id = "rq", ResidentId = Hugo, QuartierId = "centre-ville", CreatedAt = bot.Clock.GetUtcNow() });

        var refused = await bot.SayAsync(Ines, "/stats");
        var read = await bot.SayAsync(BotWorld.Operator, "/stats");

        Assert.Equal(OperatorStats.Refusal, refused.Single().Text);
        var text = string.Join("\n", read.Select(a => a.Text));
        Assert.Equal(CommunityReport.Render(bot.Get<ICommunityStats>().Compute()).TrimEnd(), text);
        Assert.Contains("Habitants : 2", text, StringComparison.Ordinal);
        Assert.Contains("Centre-ville | 1 | 0 | 1 | 0 | 1 | 1 | 0 | 1", text, StringComparison.Ordinal);
        Assert.Contains("Sans quartier (adresse pas encore vérifiée) : 1", text, StringComparison.Ordinal);
        Assert.Contains("Don : 2 (ouvertes 1, données 1)", text, StringComparison.Ordinal);
        Assert.Contains("Objets donnés (annonces marquées données) : 1", text, StringComparison.Ordinal);
        Assert.Contains("Vérifications en attente : 1 chez un modérateur, 1 auprès du service d'adresses", text, StringComparison.Ordinal);
        Assert.Contains("Annonces en attente d'un modérateur (signalées ou retenues) : 1", text, StringComparison.Ordinal);
        Assert.Contains("Beaune (21054) : 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Inès", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liberté", text, StringComparison.Ordinal);
    }

    private static async Task SignUpAsync(LiteDbBot bot, long userId, string name, string address)
    {
        await bot.SayAsync(userId, "/start");
        await bot.SayAsync(userId, name);
        await bot.SayAsync(userId, address);
        await bot.PressAsync(userId, SignupMessages.Yes);
    }
}

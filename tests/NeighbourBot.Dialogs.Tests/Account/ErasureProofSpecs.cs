using System.Text;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Tests.Account;

/// <summary>/supprimer proven on the bytes of the LiteDB file itself, not through the stores.</summary>
public sealed class ErasureProofSpecs
{
    private const long Eulalie = 7001;
    private const long Gontran = 7002;
    private const long Group = -100700;
    private const string Zinnias = "7 impasse des Zinnias, Dijon";

    /// <summary>Everything Eulalie wrote or was called, in the forms the bot could have stored it.</summary>
    private static readonly string[] EulalieStrings =
    [
        "Eulalie", "Zabrowski", "Zinnias", "xylophone", "Xylophone", "06 47 91 28 35", "0647912835", "Quincampoix", "harpe celtique",
    ];

    /// <summary>What Gontran wrote, which must survive Eulalie's erasure.</summary>
    private static readonly string[] GontranStrings = ["Gontran", "Pemberton", "abat-jour", "tabouret"];

    [Fact]
    public async Task My_data_export_holds_only_mine_and_after_supprimer_none_of_it_is_left_in_the_database_files_while_my_neighbour_keeps_his()
    {
        using var bot = new LiteDbBot(ZinniasLookup());
        bot.Get<IQuartierStore>().Upsert(new Quartier { Id = "centre-ville", Name = "Centre-ville", GroupChatIds = [Group] });
        await SignUpAndVerifyAsync(bot, Eulalie, "Eulalie Zabrowski", Zinnias);
        await SignUpAndVerifyAsync(bot, Gontran, "Gontran Pemberton", Places.Liberte);
        await PublishAsync(bot, Eulalie, "Je donne un xylophone bleu, appelez-moi au 06 47 91 28 35");
        await PublishAsync(bot, Gontran, "Je donne un abat-jour en tissu");
        await bot.SayAsync(Eulalie, "/alerte harpe celtique");
        await bot.SayAsync(Gontran, "/alerte tabouret");
        await bot.SayAsync(Eulalie, "/resume");
        await bot.PressAsync(Eulalie, NeighbourBot.Dialogs.Digests.DigestPayload.Of(NeighbourBot.Dialogs.Digests.DigestPayload.Frequency, (long)DigestFrequency.Daily));
        Assert.Equal("Eulalie", bot.Get<IDigestStore>().Find(Eulalie)?.Recipient?.FirstName);
        var eulalieListing = bot.Get<Core.Listings.IListingStore>().ByAuthor(Eulalie).Single();
        await bot.PressInGroupAsync(Group, Gontran, ListingPayload.Of(ListingPayload.Interested, eulalieListing.Id));
        bot.DeliverAll();
        await bot.SayAsync(Gontran, "Bonjour, je passe jeudi avec mon cousin Barnabé ?");
        bot.DeliverAll();
        await bot.SayAsync(Eulalie, "Oui, sonnez au portail vert de la cour Quincampoix");
        bot.DeliverAll();
        var before = ReadAll(bot);
        Assert.All(["Eulalie", "Zabrowski", "Zinnias", "xylophone", "06 47 91 28 35", "Quincampoix", "harpe celtique"], s => Assert.True(Contains(before, s), $"« {s} » was never stored"));

        var export = string.Join("\n", (await bot.SayAsync(Eulalie, "/mesdonnees")).SelectMany(a => a.Attachments ?? []).Select(a => (string)a.Content));
        Assert.All(["Eulalie", "Zabrowski", "Zinnias", "xylophone", "06 47 91 28 35", "harpe celtique"], s => Assert.Contains(s, export, StringComparison.OrdinalIgnoreCase));
        Assert.All(["Pemberton", "abat-jour", "tabouret", "Liberté"], s => Assert.DoesNotContain(s, export, StringComparison.OrdinalIgnoreCase));

        var asked = await bot.SayAsync(Eulalie, "/supprimer");
        Assert.Equal(AccountMessages.EraseQuestion, asked.Single().Text);
        var erased = await bot.PressAsync(Eulalie, AccountService.ConfirmErase);
        Assert.Equal(AccountMessages.Erased, erased.Single().Text);
        bot.DeliverAll();
        Assert.Equal(RelayStatus.Closed, bot.Get<IRelayStore>().OfListing(eulalieListing.Id).Single().Status);
        var run = await bot.Get<RetentionJobs>().RunOnceAsync(CancellationToken.None);
        Assert.True(run.Checkpointed);

        var whileRunning = ReadAll(bot);
        bot.CloseDatabase();
        var afterClose = ReadAll(bot);

        Assert.Equal([], EulalieStrings.Where(s => Contains(whileRunning, s)).ToArray());
        Assert.Equal([], EulalieStrings.Where(s => Contains(afterClose, s)).ToArray());
        Assert.All(GontranStrings, s => Assert.True(Contains(afterClose, s), $"« {s} » was lost"));
    }

    private static FakeAddressLookup ZinniasLookup() => Places.Lookup().Answer(Zinnias, new AddressLookupResult
    {
        Outcome = AddressLookupOutcome.Confirm,
        Candidates = [new AddressCandidate(FakeAddressLookup.Address("7", "Impasse des Zinnias", 5.0374, 47.3223), 0.95, AddressMatchType.HouseNumber)],
    });

    private static async Task SignUpAndVerifyAsync(LiteDbBot bot, long userId, string name, string address)
    {
        await bot.SayAsync(userId, "/start");
        await bot.SayAsync(userId, name);
        await bot.SayAsync(userId, address);
        await bot.PressAsync(userId, SignupMessages.Yes);
        var resident = bot.Get<IResidentStore>().Find(userId)!;
        var verified = await bot.ShareLocationAsync(userId, resident.Address!.Latitude, resident.Address.Longitude);
        Assert.Contains("Merci, votre position confirme votre adresse", string.Join("\n", verified.Select(a => a.Text)), StringComparison.Ordinal);
    }

    private static async Task PublishAsync(LiteDbBot bot, long userId, string text)
    {
        await bot.SayAsync(userId, text);
        var done = await bot.PressAsync(userId, PostingFlow.PublishPayload);
        Assert.StartsWith("Merci !", done[0].Text, StringComparison.Ordinal);
        bot.DeliverAll();
    }

    /// <summary>The data file and its log, as bytes on disk.</summary>
    private static byte[] ReadAll(LiteDbBot bot)
    {
        var log = Path.Combine(bot.Folder, "neighbourbot-log.db");
        using var data = new FileStream(bot.DatabasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        if (File.Exists(log))
        {
            using var logStream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            logStream.CopyTo(copy);
        }

        return copy.ToArray();
    }

    private static bool Contains(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}

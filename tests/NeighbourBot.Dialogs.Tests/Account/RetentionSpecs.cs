using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Fakes;
using NeighbourBot.Dialogs.Tests.Support;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Tests.Account;

/// <summary>The retention sweeps on a real LiteDB file, with a fake clock: what goes, what stays.</summary>
public sealed class RetentionSpecs
{
    private const long Agathe = 8001;
    private const long Basile = 8002;
    private const long Celeste = 8003;

    [Fact]
    public async Task The_address_of_a_signup_never_verified_is_erased_after_30_days_and_a_verified_one_is_kept()
    {
        var lookup = Places.Lookup();
        using var bot = new LiteDbBot(lookup);
        lookup.Down = true;
        await SignUpAsync(bot, Agathe, "Agathe Rivière", "14 rue des Tanneurs, Dijon");
        lookup.Down = false;
        await SignUpAsync(bot, Basile, "Basile Morel", Places.Liberte);
        await bot.PressAsync(Basile, SignupMessages.Yes);
        var residents = bot.Get<IResidentStore>();
        Assert.Equal(VerificationLevel.Pending, residents.Find(Agathe)!.Verification);
        Assert.NotNull(bot.Get<IPendingAddressStore>().Find(Agathe));
        var requests = bot.Get<IModeratorVerificationStore>();
        requests.Upsert(new ModeratorVerificationRequest { Id = "rq1", ResidentId = Agathe, QuartierId = "centre-ville", CreatedAt = bot.Clock.GetUtcNow() });
        bot.Clock.Advance(TimeSpan.FromDays(29));
        lookup.Down = true;
        await SignUpAsync(bot, Celeste, "Céleste Guérin", "2 quai Navier, Dijon");
        var jobs = bot.Get<RetentionJobs>();

        var early = await jobs.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, early.AddressesErased);
        Assert.Equal("14 rue des Tanneurs, Dijon", residents.Find(Agathe)!.Address!.TypedText);

        bot.Clock.Advance(TimeSpan.FromDays(1) + RetentionJobs.SweepInterval);
        var run = await jobs.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, run.AddressesErased);
        var agathe = residents.Find(Agathe)!;
        Assert.Null(agathe.Address);
        Assert.Equal("Agathe", agathe.FirstName);
        Assert.Null(bot.Get<IPendingAddressStore>().Find(Agathe));
        Assert.Equal(ModeratorVerificationStatus.Refused, requests.Find("rq1")!.Status);
        Assert.Equal(Places.LiberteAddress.Street, residents.Find(Basile)!.Address!.Street);
        Assert.Equal("2 quai Navier, Dijon", residents.Find(Celeste)!.Address!.TypedText);
        Assert.NotNull(bot.Get<IPendingAddressStore>().Find(Celeste));

        var again = await bot.SayAsync(Agathe, "/start");
        Assert.Contains(SignupMessages.AskAddress, again.Select(a => a.Text));
    }

    [Fact]
    public async Task Relay_messages_older_than_90_days_are_erased_and_the_relay_itself_is_kept_for_the_figures()
    {
        using var bot = new LiteDbBot();
        var outbox = bot.Get<IOutboxStore>();
        var relay = bot.Get<IRelayStore>().Save(new Relay { ListingId = 1, PosterId = Agathe, NeighbourId = Basile, OpenedAt = bot.Clock.GetUtcNow() });
        var old = outbox.Enqueue(new BotMessage("Je laisse le colis chez la gardienne").ToOutbox(Basile, bot.Clock.GetUtcNow(), RelayCorrelation.Of(relay.Id)));
        outbox.MarkFailed(old.Id, "Forbidden: bot was blocked by the user");
        var notice = outbox.Enqueue(new BotMessage("Votre annonce est en ligne").ToOutbox(Agathe, bot.Clock.GetUtcNow(), "listing-owner:1"));
        bot.Clock.Advance(TimeSpan.FromDays(60));
        var recent = outbox.Enqueue(new BotMessage("Merci encore !").ToOutbox(Agathe, bot.Clock.GetUtcNow(), RelayCorrelation.Of(relay.Id)));
        bot.Clock.Advance(TimeSpan.FromDays(31));

        var run = await bot.Get<RetentionJobs>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, run.RelayMessagesErased);
        Assert.Null(outbox.Find(old.Id));
        Assert.Equal("Merci encore !", outbox.Find(recent.Id)!.Action.Text);
        Assert.NotNull(outbox.Find(notice.Id));
        Assert.Equal((Agathe, Basile), (bot.Get<IRelayStore>().Find(relay.Id)!.PosterId, bot.Get<IRelayStore>().Find(relay.Id)!.NeighbourId));
    }

    [Fact]
    public async Task Addresses_typed_for_the_geocoder_leave_its_cache_once_expired()
    {
        using var bot = new LiteDbBot();
        var cache = bot.Get<AddressQueryCache>();
        cache.Set(AddressQueryCache.KeyOf("14 rue des Tanneurs"), new AddressLookupResult { Outcome = AddressLookupOutcome.NotFound });
        var jobs = bot.Get<RetentionJobs>();
        var fresh = await jobs.RunOnceAsync(CancellationToken.None);
        Assert.Equal((0, 1), (fresh.CacheEntriesPruned, cache.Count));

        bot.Clock.Advance(TimeSpan.FromHours(7));
        var expired = await jobs.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0), (expired.CacheEntriesPruned, cache.Count));
    }

    private static async Task SignUpAsync(LiteDbBot bot, long userId, string name, string address)
    {
        await bot.SayAsync(userId, "/start");
        await bot.SayAsync(userId, name);
        await bot.SayAsync(userId, address);
    }
}

using NeighbourBot.Dialogs.Signup;
using NeighbourBot.EndToEnd.Tests.Support;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>The real host looking addresses up over HTTP in the local geocoder (BAN's format), as it does in production.</summary>
public sealed class SignupThroughTheGeocoderSpecs
{
    private const long Marie = 1001;

    // The geocoder client's patience shortened so that a down geocoder answers "unavailable" within a second or two.
    private static readonly string[] QuickGiveUp =
    [
        "--NeighbourBot:Addresses:Resilience:AttemptTimeout=00:00:00.500",
        "--NeighbourBot:Addresses:Resilience:TotalTimeout=00:00:01",
        "--NeighbourBot:Addresses:Resilience:MaxRetryAttempts=1",
        "--NeighbourBot:Addresses:Resilience:RetryBaseDelay=00:00:00.100",
        "--NeighbourBot:Addresses:Resilience:BreakerDuration=00:00:00.500",
    ];

    [Fact]
    public async Task My_address_found_by_the_geocoder_places_me_in_my_quartier()
    {
        await using var world = await BotWorld.StartAsync(geocoder: LocalBanGeocoder.Start());
        await world.StartBotAsync();
        world.Emulator.Control.CreateUser(Marie, "Marie", "marie");

        await world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);
        var confirm = await world.SendAndExpectAsync(Marie, Marie, "12 rue de la liberte", "C'est bien le 12 Rue de la Liberté");
        world.Emulator.Control.PressButtonLabelled(Marie, Marie, confirm.MessageId, "Oui");
        await world.ExpectAfterAsync(Marie, confirm.MessageId, "Bienvenue dans le quartier Centre-ville");

        Assert.True(world.Geocoder!.Counts.Requests >= 1, "the host did not ask the geocoder");
        Assert.Equal(0, world.Geocoder.Counts.Faults);
    }

    [Fact]
    public async Task When_the_address_service_does_not_answer_I_am_told_and_typing_my_address_again_later_signs_me_up()
    {
        await using var world = await BotWorld.StartAsync(geocoder: LocalBanGeocoder.Start(faultRate: 1, slowAnswer: TimeSpan.FromSeconds(2)));
        var bot = await world.StartBotAsync(QuickGiveUp);
        world.Emulator.Control.CreateUser(Marie, "Marie", "marie");
        await world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);

        var kept = await world.SendAndExpectAsync(Marie, Marie, "12 rue de la liberte", "ne répond pas");
        world.Geocoder!.FaultRate = 0;
        var confirm = await world.SendAndExpectAsync(Marie, Marie, "12 rue de la liberte", "C'est bien le 12 Rue de la Liberté");
        world.Emulator.Control.PressButtonLabelled(Marie, Marie, confirm.MessageId, "Oui");
        await world.ExpectAfterAsync(Marie, confirm.MessageId, "Bienvenue dans le quartier Centre-ville");

        Assert.Contains("J'ai bien gardé votre adresse", kept.Body, StringComparison.Ordinal);
        Assert.True(world.Geocoder.Counts.Faults >= 2, $"only {world.Geocoder.Counts.Faults} fault(s) injected: the client did not retry");
        Assert.DoesNotContain(bot.Output.Split('\n'), l => l.Contains("fail:", StringComparison.Ordinal) && !l.Contains("Geocoder circuit opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_address_service_answers_again_the_bot_writes_first_and_one_tap_signs_me_up()
    {
        await using var world = await BotWorld.StartAsync(geocoder: LocalBanGeocoder.Start(faultRate: 1, slowAnswer: TimeSpan.FromSeconds(2)));
        var first = await world.StartBotAsync(QuickGiveUp);
        var control = world.Emulator.Control;
        control.CreateUser(Marie, "Marie", "marie");
        await world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);
        var kept = await world.SendAndExpectAsync(Marie, Marie, "12 rue de la liberte", "ne répond pas");

        // The pending addresses are retried every minute and when the host starts: a restart brings the retry forward.
        // The second host keeps the client's own patience: its first request pays for a cold start (JIT, connection), and on
        // a loaded machine that took more than the one second QuickGiveUp allows, so the retry waited a minute (CI, stop 22).
        world.Geocoder!.FaultRate = 0;
        await first.DisposeAsync();
        await world.StartBotAsync();
        // Usually the job's question, with its lead saying the service is back. But the kill above may land after the
        // "ne répond pas" reply and before its turn's commit: the second host then gets the address message again (at least
        // once) and, the service being back, asks the question itself, without the lead. Either way the bot writes first.
        var news = await world.ExpectAfterAsync(Marie, kept.MessageId, "C'est bien le 12 Rue de la Liberté");
        control.PressButtonLabelled(Marie, Marie, news.MessageId, "Oui");
        await world.ExpectAfterAsync(Marie, news.MessageId, "Bienvenue dans le quartier Centre-ville");

        Assert.DoesNotContain(control.Messages(Marie), m => !m.FromBot && m.MessageId > kept.MessageId && m.MessageId < news.MessageId);
    }
}

using NeighbourBot.Dialogs.Signup;
using NeighbourBot.EndToEnd.Tests.Support;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>The real host against the emulator over HTTP: what a resident sees in Telegram.</summary>
public sealed class SignupOverTelegramSpecs : IAsyncLifetime
{
    private const long Marie = 1001;

    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task I_get_the_welcome_and_the_first_question_when_I_send_start()
    {
        await _world.StartBotAsync();
        var control = _world.Emulator.Control;
        control.CreateUser(Marie, "Marie", "marie");

        control.UserSends(Marie, Marie, "/start");
        var replies = await control.WaitForBotMessagesAsync(Marie, 2, BotWorld.Patience, CancellationToken.None);

        Assert.Equal(SignupMessages.Welcome, replies[0].Text);
        Assert.Equal(SignupMessages.AskName, replies[1].Text);
    }

    [Fact]
    public async Task I_can_sign_up_and_confirm_my_address_with_a_button()
    {
        await _world.StartBotAsync();
        var control = _world.Emulator.Control;
        control.CreateUser(Marie, "Marie", "marie");

        await _world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await _world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);
        var confirm = await _world.SendAndExpectAsync(Marie, Marie, "12 rue de la liberte", "C'est bien le 12 Rue de la Liberté");

        var press = control.PressButtonLabelled(Marie, Marie, confirm.MessageId, "Oui");
        var answer = await control.WaitForCallbackAnswerAsync(press, BotWorld.Patience, CancellationToken.None);
        var placed = await _world.ExpectAfterAsync(Marie, confirm.MessageId, "Centre-ville");

        Assert.NotNull(answer);
        Assert.DoesNotContain("12 Rue", placed.Body);
    }

    [Fact]
    public async Task The_bot_token_never_appears_in_the_logs()
    {
        var bot = await _world.StartBotAsync();
        var control = _world.Emulator.Control;
        control.CreateUser(Marie, "Marie", "marie");
        await _world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        await _world.SendAndExpectAsync(Marie, Marie, "Marie Curie", SignupMessages.AskAddress);

        var secretPart = _world.Emulator.Token[(_world.Emulator.Token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var output = bot.Output;
        Assert.Contains("dbug", output);
        Assert.DoesNotContain(secretPart, output);
        Assert.DoesNotContain(Uri.EscapeDataString(_world.Emulator.Token), output);
    }
}

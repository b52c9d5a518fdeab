using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Emulator.Control;
using Telegram.Bot;

namespace NeighbourBot.Telegram.Tests.Emulator;

/// <summary>An emulator on 127.0.0.1, the real Telegram.Bot client pointed at it (its own retry off), and a few people.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public const long Alice = 1001;
    public const long Bob = 1002;
    public const long Group = -4001;

    private EmulatorHarness(TelegramEmulator emulator, TelegramBotClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public TelegramEmulator Emulator { get; }

    public TelegramBotClient Client { get; }

    public EmulatorControl Control => Emulator.Control;

    /// <summary>Starts with Telegram's limits off unless <paramref name="configure"/> turns them on: most specs are not about limits.</summary>
    public static async Task<EmulatorHarness> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions();
        options.Limits.Enabled = false;
        configure?.Invoke(options);
        var emulator = await TelegramEmulator.StartAsync(options, CancellationToken.None);
        var client = new TelegramBotClient(new TelegramBotClientOptions(emulator.Token, emulator.BaseUrl) { RetryThreshold = 0 });
        emulator.Control.CreateUser(Alice, "Alice", "alice_dijon");
        emulator.Control.CreateUser(Bob, "Bob");
        emulator.Control.CreateGroup(Group, "Quartier Montchapet", creatorUserId: Alice);
        return new EmulatorHarness(emulator, client);
    }

    /// <summary>Alice has pressed Start, so the bot may write to her.</summary>
    public async Task AliceStartedTheBotAsync()
    {
        Control.UserSends(Alice, Alice, "/start");
        var updates = await Client.GetUpdates(timeout: 0);
        await Client.GetUpdates(offset: updates[^1].Id + 1, timeout: 0);
    }

    public async ValueTask DisposeAsync() => await Emulator.DisposeAsync();
}

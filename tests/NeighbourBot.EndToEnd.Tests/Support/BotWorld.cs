using System.Globalization;
using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests.Support;

/// <summary>
/// One end-to-end world: the Telegram emulator in this process (real HTTP on 127.0.0.1), a fresh database
/// folder, and the real host process talking to the emulator with the real Telegram.Bot client.
/// </summary>
public sealed class BotWorld : IAsyncDisposable
{
    public const long OperatorId = 42;

    private BotWorld(TelegramEmulator emulator, string folder, LocalBanGeocoder? geocoder)
    {
        Emulator = emulator;
        Folder = folder;
        Geocoder = geocoder;
    }

    public TelegramEmulator Emulator { get; }

    /// <summary>The local BAN geocoder the host looks addresses up with; null: the offline gazetteer.</summary>
    public LocalBanGeocoder? Geocoder { get; }

    public string Folder { get; }

    public BotProcess? Bot { get; private set; }

    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(30);

    public string DatabasePath => Path.Combine(Folder, "bot.db");

    /// <param name="options">The emulator's limits and faults.</param>
    /// <param name="geocoder">A local geocoder the host then uses (<c>Addresses:Provider=Ban</c>), disposed with the world; by default the offline gazetteer.</param>
    public static async Task<BotWorld> StartAsync(EmulatorOptions? options = null, LocalBanGeocoder? geocoder = null)
    {
        var emulator = await TelegramEmulator.StartAsync(options ?? new EmulatorOptions(), CancellationToken.None);
        var world = new BotWorld(emulator, Directory.CreateTempSubdirectory("nb-e2e-").FullName, geocoder);
        emulator.Control.CreateUser(OperatorId, "Odile", "odile");
        return world;
    }

    /// <summary>
    /// The emulator, a supergroup with the bot as administrator, these neighbours (not yet signed up), the host, and the
    /// group linked to Centre-ville by the operator: where most journeys start.
    /// </summary>
    public static async Task<BotWorld> StartWithCentreVilleGroupAsync(
        long groupId, IReadOnlyList<(long Id, string FirstName, string Username)> neighbours, params string[] settings)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        var world = await StartAsync();
        var control = world.Emulator.Control;
        control.CreateGroup(groupId, "Voisins du centre", ChatKind.Supergroup, OperatorId);
        control.AddBotToGroup(groupId, OperatorId, asAdmin: true);
        foreach (var (id, firstName, username) in neighbours)
        {
            control.CreateUser(id, firstName, username);
        }

        await world.StartBotAsync(settings);
        await world.SendAndExpectAsync(OperatorId, groupId, "/lier centre-ville", "Centre-ville");
        return world;
    }

    /// <summary>Starts the host; returns once it is polling.</summary>
    public Task<BotProcess> StartBotAsync(params string[] extraSettings) => StartBotAsync(waitForPolling: true, extraSettings);

    /// <summary>Starts the host; with <paramref name="waitForPolling"/>, returns once it is polling.</summary>
    public async Task<BotProcess> StartBotAsync(bool waitForPolling, params string[] extraSettings)
    {
        var args = new List<string>
        {
            "--NeighbourBot:Telegram:Token=" + Emulator.Token,
            "--NeighbourBot:Telegram:ApiBaseUrl=" + Emulator.BaseUrl,
            "--NeighbourBot:Telegram:PollingTimeoutSeconds=1",
            "--NeighbourBot:Storage:Path=" + DatabasePath,
            "--NeighbourBot:Operators:0=" + OperatorId.ToString(CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default=Debug",
        };
        args.AddRange(Geocoder?.HostSettings() ?? ["--NeighbourBot:Addresses:Provider=Offline"]);
        args.AddRange(extraSettings);
        Bot = BotProcess.Start(Folder, args);
        if (!waitForPolling)
        {
            return Bot;
        }

        try
        {
            await Emulator.Control.WaitForLongPollAsync(Patience, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException("The bot did not start polling. Its output:\n" + Bot.Output);
        }

        return Bot;
    }

    /// <summary>A person writes; returns the bot's first later message in that chat containing <paramref name="expected"/>.</summary>
    public async Task<EmulatedMessage> SendAndExpectAsync(long userId, long chatId, string text, string expected)
    {
        var sent = Emulator.Control.UserSends(userId, chatId, text);
        return await ExpectAfterAsync(chatId, sent.MessageId, expected);
    }

    /// <summary>The bot's first message in the chat after <paramref name="afterMessageId"/> containing <paramref name="expected"/>.</summary>
    public async Task<EmulatedMessage> ExpectAfterAsync(long chatId, int afterMessageId, string expected)
    {
        try
        {
            return await Emulator.Control.WaitForMessageAsync(
                chatId, m => m.FromBot && m.MessageId > afterMessageId && (m.Body ?? "").Contains(expected, StringComparison.Ordinal), Patience, CancellationToken.None);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\nBot output:\n" + Bot?.Output, e);
        }
    }

    /// <summary>Signs a resident up at 12 rue de la Liberté (Centre-ville) and verifies them with a shared location.</summary>
    public async Task SignUpAndVerifyAsync(long userId, string fullName)
    {
        var control = Emulator.Control;
        await SendAndExpectAsync(userId, userId, "/start", "prénom");
        await SendAndExpectAsync(userId, userId, fullName, "adresse");
        var confirm = await SendAndExpectAsync(userId, userId, "12 rue de la liberte", "C'est bien le 12 Rue de la Liberté");
        control.PressButtonLabelled(userId, userId, confirm.MessageId, "Oui");
        await ExpectAfterAsync(userId, confirm.MessageId, "un modérateur peut vérifier");

        // The offline gazetteer places the address at the street's centre: a live location shared there.
        var shared = control.UserSharesLocation(userId, userId, 47.3225, 5.0372, livePeriodSeconds: 600);
        await ExpectAfterAsync(userId, shared.MessageId, "votre position confirme votre adresse");
    }

    /// <summary>The latest bot message in the chat with a button of this label.</summary>
    public EmulatedMessage LatestWithButton(long chatId, string label) =>
        Emulator.Control.Messages(chatId).Last(m => m.FromBot && m.Buttons.Any(b => b.Text == label));

    public async ValueTask DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Emulator.DisposeAsync();
        if (Geocoder is not null)
        {
            await Geocoder.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temp folder is cleaned by the OS later.
        }
    }
}

using Microsoft.Extensions.Logging;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Emulator.Limits;
using NeighbourBot.Telegram.Emulator.Methods;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Webhooks;

namespace NeighbourBot.Telegram.Emulator;

/// <summary>The emulator's parts, shared by the HTTP endpoints and the in-process control facade.</summary>
internal sealed class EmulatorCore : IAsyncDisposable
{
    public EmulatorCore(EmulatorOptions options, ILoggerFactory loggerFactory)
    {
        Options = options;
        World = new World(options.TimeProvider);
        Limiter = new RateLimiter(options.Limits);
        Faults = new FaultInjector(options.Faults);
        Logger = loggerFactory.CreateLogger<TelegramEmulator>();
        Webhooks = new WebhookDispatcher(World, options.WebhookRetryDelay, loggerFactory.CreateLogger<WebhookDispatcher>());
    }

    private readonly CancellationTokenSource _stopping = new();

    public EmulatorOptions Options { get; }

    public World World { get; }

    public ILogger Logger { get; }

    public RateLimiter Limiter { get; }

    public FaultInjector Faults { get; }

    public ApiCallLog Calls { get; } = new();

    public MethodTable Methods { get; } = new();

    public WebhookDispatcher Webhooks { get; }

    /// <summary>Cancelled first when the emulator stops, so that parked long polls answer at once instead of holding the shutdown.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void BeginStopping() => _stopping.Cancel();

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await Webhooks.DisposeAsync();
        _stopping.Dispose();
    }
}

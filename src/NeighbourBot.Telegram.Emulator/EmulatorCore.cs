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
        Webhooks = new WebhookDispatcher(World, options.WebhookRetryDelay, loggerFactory.CreateLogger<WebhookDispatcher>());
    }

    public EmulatorOptions Options { get; }

    public World World { get; }

    public RateLimiter Limiter { get; }

    public FaultInjector Faults { get; }

    public ApiCallLog Calls { get; } = new();

    public MethodTable Methods { get; } = new();

    public WebhookDispatcher Webhooks { get; }

    public ValueTask DisposeAsync() => Webhooks.DisposeAsync();
}

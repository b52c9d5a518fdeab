using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Emulator.Methods;

namespace NeighbourBot.Telegram.Emulator;

/// <summary>A local Telegram Bot API server on 127.0.0.1 (Kestrel, real HTTP), with a control API for tests and the sandbox.</summary>
public sealed class TelegramEmulator : IAsyncDisposable
{
    /// <summary>The bot created when the options name none.</summary>
    public static readonly BotDefinition DefaultBot = new(7_000_000_001, "neighbourbot_test_bot", "NeighbourBot");

    private readonly WebApplication _app;
    private readonly EmulatorCore _core;

    private TelegramEmulator(WebApplication app, EmulatorCore core, EmulatorControl control, string baseUrl)
    {
        _app = app;
        _core = core;
        Control = control;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the Bot API is served, without a trailing slash (e.g. http://127.0.0.1:49152): give it to the client as its base URL.</summary>
    public string BaseUrl { get; }

    public EmulatorControl Control { get; }

    /// <summary>The first bot: the one most tests drive.</summary>
    public EmulatedBot Bot => Control.Bots[0];

    public string Token => Bot.Token;

    public FaultCounts Faults => Control.Faults;

    public IReadOnlyList<ApiCall> Calls => Control.Calls;

    public static async Task<TelegramEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var core = new EmulatorCore(options, loggerFactory);
        var control = new EmulatorControl(core);
        try
        {
            foreach (var bot in options.Bots.Count > 0 ? options.Bots : [DefaultBot])
            {
                control.AddBot(bot);
            }
        }
        catch (Exception)
        {
            await core.DisposeAsync();
            throw;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        // A request held by a fault or a poll must not hold a stopping test for the default 30 s.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        var app = builder.Build();
        ControlEndpoints.Map(app, control);
        // An endpoint rather than terminal middleware, which would run before the control endpoints get their turn.
        app.MapFallback("{**path}", (HttpContext http) => ServeBotApiAsync(http, core));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception)
        {
            await core.DisposeAsync();
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TelegramEmulator(app, core, control, address.TrimEnd('/'));
    }

    private static Task ServeBotApiAsync(HttpContext http, EmulatorCore core)
    {
        // /bot{token}/{method}, parsed by hand: the token holds a ':' and Telegram matches the method case-insensitively.
        var path = http.Request.Path.Value ?? string.Empty;
        var slash = path.IndexOf('/', 1);
        if (path.StartsWith("/bot", StringComparison.Ordinal) && slash > 4 && path.IndexOf('/', slash + 1) < 0)
        {
            return BotApiEndpoint.HandleAsync(http, core, path[4..slash], path[(slash + 1)..]);
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}", http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        _core.BeginStopping();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        await _core.DisposeAsync();
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Telegram.Polling;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NeighbourBot.Telegram.Webhook;

/// <summary>The webhook route: Telegram POSTs each update with the secret token header; anything else is refused.</summary>
public static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints, string path)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(path, HandleAsync);
    }

    private static async Task<IResult> HandleAsync(HttpContext http, UpdateDispatcher dispatcher, IOptions<TelegramOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(WebhookEndpoint).FullName!);
        var expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret);
        var given = Encoding.UTF8.GetBytes(http.Request.Headers[SecretHeader].ToString());
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(expected, given))
        {
            logger.LogWarning("Webhook request from {Remote} refused: missing or wrong secret token", http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Webhook body is not an update: {Reason}", e.Message);
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        // Handled before answering: Telegram redelivers what was not acknowledged, and handled ids make that harmless.
        await dispatcher.DispatchAsync(update, http.RequestAborted);
        return Results.Ok();
    }
}

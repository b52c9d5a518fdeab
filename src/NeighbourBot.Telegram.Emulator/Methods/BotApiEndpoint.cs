using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Emulator.State;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>Serves /bot{token}/{method}: authenticates, injects faults, runs the method, answers in Telegram's envelope, logs the call.</summary>
internal static class BotApiEndpoint
{
    public static async Task HandleAsync(HttpContext http, EmulatorCore core, string token, string method)
    {
        var sequence = core.Calls.NextSequence();
        var arrived = core.World.Now;
        var aborted = http.RequestAborted;
        BotState? bot;
        lock (core.World.Gate)
        {
            bot = core.World.BotsByToken.GetValueOrDefault(token);
        }

        ApiParameters parameters;
        try
        {
            parameters = await ApiParameters.ReadAsync(http.Request, aborted);
        }
        catch (BotApiException exception)
        {
            await AnswerAsync(http, Failure(exception.ErrorCode, exception.Message));
            Log(core, sequence, bot?.Id, method, new Dictionary<string, string>(), arrived, exception.ErrorCode, exception.Message, null, null);
            return;
        }

        var raw = parameters.Raw;
        if (bot is null)
        {
            await AnswerAsync(http, Failure(401, "Unauthorized"));
            Log(core, sequence, null, method, raw, arrived, 401, "Unauthorized", null, null);
            return;
        }

        if (!core.Methods.TryGet(method, out var handler))
        {
            await AnswerAsync(http, Failure(404, "Not Found"));
            Log(core, sequence, bot.Id, method, raw, arrived, 404, "Not Found", null, null);
            return;
        }

        var fault = core.Faults.Decide(method);
        if (fault is FaultKind.ServerError or FaultKind.TimeoutBeforeEffect)
        {
            core.Faults.Record(new InjectedFault(sequence, method, fault.Value, null, null));
            if (fault == FaultKind.ServerError)
            {
                await AnswerAsync(http, Failure(500, "Internal Server Error"));
                Log(core, sequence, bot.Id, method, raw, arrived, 500, "Internal Server Error", fault, null);
            }
            else
            {
                Log(core, sequence, bot.Id, method, raw, arrived, 0, null, fault, null);
                await DropAsync(http, core.Faults.TimeoutHold);
            }

            return;
        }

        var context = new MethodContext(core, bot, parameters, sequence);
        WireResponse response;
        try
        {
            response = new WireResponse { Ok = true, Result = await handler(context, aborted) };
        }
        catch (BotApiException exception)
        {
            response = Failure(exception.ErrorCode, exception.Message, exception.Parameters);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An emulator bug must look like Telegram's own 500, not an empty answer the client cannot parse.
            core.Logger.LogError(exception, "Bot API method {Method} failed inside the emulator", method);
            response = Failure(500, "Internal Server Error");
        }

        if (response.Ok && fault is FaultKind.TimeoutAfterEffect or FaultKind.DroppedAfterEffect)
        {
            core.Faults.Record(new InjectedFault(sequence, method, fault.Value, context.AffectedChatId, context.AffectedMessageId));
            Log(core, sequence, bot.Id, method, raw, arrived, 0, null, fault, null);
            await DropAsync(http, fault == FaultKind.TimeoutAfterEffect ? core.Faults.TimeoutHold : TimeSpan.Zero);
            return;
        }

        var status = response.ErrorCode ?? 200;
        Log(core, sequence, bot.Id, method, raw, arrived, status, response.Description, null, response.Parameters?.RetryAfter);
        await AnswerAsync(http, response);
    }

    private static WireResponse Failure(int code, string description, WireResponseParameters? parameters = null) =>
        new() { Ok = false, ErrorCode = code, Description = description, Parameters = parameters };

    private static async Task AnswerAsync(HttpContext http, WireResponse response)
    {
        http.Response.StatusCode = response.ErrorCode ?? 200;
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, response, WireJson.Options, http.RequestAborted);
    }

    /// <summary>Holds the connection, then resets it without an answer: the client cannot tell whether the call took effect.</summary>
    private static async Task DropAsync(HttpContext http, TimeSpan hold)
    {
        if (hold > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(hold, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up first: nothing left to drop.
                return;
            }
        }

        http.Abort();
    }

    private static void Log(
        EmulatorCore core,
        long sequence,
        long? botId,
        string method,
        IReadOnlyDictionary<string, string> parameters,
        DateTimeOffset arrived,
        int status,
        string? description,
        FaultKind? fault,
        int? retryAfter)
    {
        core.Calls.Add(new ApiCall(sequence, botId, method, parameters, arrived, status, description, fault, retryAfter));
        lock (core.World.Gate)
        {
            core.World.Changed.Fire();
        }
    }
}

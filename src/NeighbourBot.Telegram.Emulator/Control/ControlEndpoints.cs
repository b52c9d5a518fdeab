using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NeighbourBot.Telegram.Emulator.Faults;

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>The control API over HTTP (/control/...), for the sandbox and tests in another process; JSON in snake_case.</summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, EmulatorControl control)
    {
        var group = app.MapGroup("/control");
        group.MapGet("/bots", () => Results.Ok(control.Bots.Select(b => new { b.Id, b.Username, b.FirstName, b.Token })));
        group.MapPost("/users", (UserRequest r) => Guard(() => control.CreateUser(r.Id, r.FirstName, r.Username, r.LastName)));
        group.MapPost("/users/{userId:long}/block", (long userId, long? botId) => Guard(() => control.BlockBot(userId, botId)));
        group.MapPost("/users/{userId:long}/unblock", (long userId, long? botId) => Guard(() => control.UnblockBot(userId, botId)));
        group.MapPost("/groups", (GroupRequest r) => Guard(() => control.CreateGroup(r.Id, r.Title, r.Kind ?? ChatKind.Group, r.CreatorUserId)));
        group.MapPost("/groups/{chatId:long}/members", (long chatId, MemberRequest r) => Guard(() => control.AddUserToGroup(chatId, r.UserId)));
        group.MapPost("/groups/{chatId:long}/bot", (long chatId, BotMembershipRequest r) =>
            Guard(() => control.AddBotToGroup(chatId, r.AddedByUserId, r.AsAdmin, r.BotId)));
        group.MapDelete("/groups/{chatId:long}/bot", (long chatId, long byUserId, long? botId) =>
            Guard(() => control.RemoveBotFromGroup(chatId, byUserId, botId)));
        group.MapPost("/groups/{chatId:long}/migrate", (long chatId) => Guard(() => new { NewChatId = control.MigrateToSupergroup(chatId) }));
        group.MapPost("/messages", (TextRequest r) => Guard(() => control.UserSends(r.UserId, r.ChatId, r.Text, r.ReplyToMessageId, r.BotId)));
        group.MapPost("/photos", (PhotoRequest r) => Guard(() => control.UserSendsPhoto(r.UserId, r.ChatId, r.Caption, r.ReplyToMessageId, r.BotId)));
        group.MapPost("/locations", (LocationRequest r) =>
            Guard(() => control.UserSharesLocation(r.UserId, r.ChatId, r.Latitude, r.Longitude, r.LivePeriod, r.BotId)));
        group.MapPost("/edits", (EditRequest r) => Guard(() => control.UserEdits(r.UserId, r.ChatId, r.MessageId, r.Text)));
        group.MapPost("/stickers", (StickerRequest r) => Guard(() => control.UserSendsSticker(r.UserId, r.ChatId, r.Emoji ?? "👍", r.BotId)));
        group.MapPost("/voices", (VoiceRequest r) => Guard(() => control.UserSendsVoice(r.UserId, r.ChatId, r.Duration ?? 4, r.BotId)));
        group.MapPost("/callbacks", (PressRequest r) => Guard(() => new
        {
            CallbackQueryId = r.CallbackData is not null
                ? control.PressButton(r.UserId, r.ChatId, r.MessageId, r.CallbackData)
                : control.PressButtonLabelled(r.UserId, r.ChatId, r.MessageId, r.Label ?? string.Empty),
        }));
        group.MapGet("/callbacks/{id}", (string id) => control.CallbackAnswer(id) is { } answer ? Results.Ok(answer) : Results.NotFound());
        group.MapPost("/join-requests", (JoinRequest r) => Guard(() => control.RequestToJoin(r.UserId, r.InviteLink)));
        group.MapGet("/chats", () => Results.Ok(control.Chats));
        group.MapGet("/chats/{chatId:long}", (long chatId) => Guard(() => control.Chat(chatId)));
        group.MapGet("/chats/{chatId:long}/join-requests", (long chatId) => Guard(() => control.JoinRequests(chatId)));
        group.MapGet("/chats/{chatId:long}/invite-links", (long chatId) => Guard(() => control.InviteLinks(chatId)));
        group.MapGet("/calls", () => Results.Ok(control.Calls));
        group.MapGet("/faults", () => Results.Ok(new { Counts = control.Faults, Injected = control.InjectedFaults, Rate = control.FaultRate }));
        group.MapPost("/faults", (FaultRequest r) => Guard(() => control.InjectFault(r.Kind, r.Count ?? 1, r.Method)));
        group.MapPut("/faults/rate", (RateRequest r) => Guard(() => control.FaultRate = r.Rate));
    }

    private static IResult Guard<T>(Func<T> action)
    {
        try
        {
            return Results.Ok(action());
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            return Results.BadRequest(new { Error = exception.Message });
        }
    }

    private static IResult Guard(Action action) => Guard(() =>
    {
        action();
        return new { Ok = true };
    });

    private sealed record UserRequest(long Id, string FirstName, string? Username, string? LastName);

    private sealed record GroupRequest(long Id, string Title, ChatKind? Kind, long? CreatorUserId);

    private sealed record MemberRequest(long UserId);

    private sealed record BotMembershipRequest(long AddedByUserId, bool AsAdmin, long? BotId);

    private sealed record TextRequest(long UserId, long ChatId, string Text, int? ReplyToMessageId, long? BotId);

    private sealed record PhotoRequest(long UserId, long ChatId, string? Caption, int? ReplyToMessageId, long? BotId);

    private sealed record LocationRequest(long UserId, long ChatId, double Latitude, double Longitude, int? LivePeriod, long? BotId);

    private sealed record EditRequest(long UserId, long ChatId, int MessageId, string Text);

    private sealed record StickerRequest(long UserId, long ChatId, string? Emoji, long? BotId);

    private sealed record VoiceRequest(long UserId, long ChatId, int? Duration, long? BotId);

    private sealed record PressRequest(long UserId, long ChatId, int MessageId, string? CallbackData, string? Label);

    private sealed record JoinRequest(long UserId, string InviteLink);

    private sealed record FaultRequest(FaultKind Kind, int? Count, string? Method);

    private sealed record RateRequest(double Rate);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class ProtocolTests
{
    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var impostor = new TelegramBotClient(new TelegramBotClientOptions("123456:AAnotTheRightTokenAtAllxxxxxxxxxxxxx", harness.Emulator.BaseUrl) { RetryThreshold = 0 });

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => impostor.GetMe());

        Assert.Equal(401, refused.ErrorCode);
        Assert.Equal("Unauthorized", refused.Message);
        Assert.Null(harness.Control.Calls.Single().BotId);
    }

    [Fact]
    public async Task An_unknown_method_is_not_found_and_names_are_case_insensitive()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var http = new HttpClient();
        var bot = $"{harness.Emulator.BaseUrl}/bot{harness.Emulator.Token}";

        using var unknown = await http.GetAsync(new Uri($"{bot}/sendTeleportation"));
        using var getMe = await http.GetAsync(new Uri($"{bot}/GETME"));
        var body = await unknown.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Equal(404, body.GetProperty("error_code").GetInt32());
        Assert.Equal("Not Found", body.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, getMe.StatusCode);
    }

    [Fact]
    public async Task Parameters_may_come_as_query_string_form_or_JSON_and_answers_are_snake_case()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "/start");
        using var http = new HttpClient();
        var bot = $"{harness.Emulator.BaseUrl}/bot{harness.Emulator.Token}";
        const string keyboard = """{"inline_keyboard":[[{"text":"Oui","callback_data":"yes"}]]}""";

        using var query = await http.GetAsync(new Uri($"{bot}/sendMessage?chat_id=1001&text=par%20la%20query"));
        using var form = await http.PostAsync(
            new Uri($"{bot}/sendMessage"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["chat_id"] = "1001", ["text"] = "par formulaire", ["reply_markup"] = keyboard }));
        using var multipart = new MultipartFormDataContent { { new StringContent("1001"), "chat_id" }, { new StringContent("https://example.org/a.jpg"), "photo" } };
        using var photo = await http.PostAsync(new Uri($"{bot}/sendPhoto"), multipart);
        var answer = await form.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.True(answer.GetProperty("ok").GetBoolean());
        var message = answer.GetProperty("result");
        Assert.Equal("par formulaire", message.GetProperty("text").GetString());
        Assert.Equal("yes", message.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString());
        Assert.True(message.GetProperty("from").GetProperty("is_bot").GetBoolean());
        Assert.False(message.TryGetProperty("caption", out _));
        Assert.Equal(["/start", "par la query", "par formulaire", null], harness.Control.Messages(EmulatorHarness.Alice).Select(m => m.Text));
    }

    [Fact]
    public async Task The_call_log_keeps_every_call_in_order_with_its_answer()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();

        await harness.Client.SendMessage(EmulatorHarness.Alice, "Bonjour <b>Alice</b>", parseMode: global::Telegram.Bot.Types.Enums.ParseMode.Html);
        await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.SendMessage(EmulatorHarness.Bob, "Bonjour"));

        var calls = harness.Control.Calls;
        Assert.Equal(["getUpdates", "getUpdates", "sendMessage", "sendMessage"], calls.Select(c => c.Method));
        Assert.Equal([1L, 2L, 3L, 4L], calls.Select(c => c.Sequence));
        Assert.Equal("Bonjour <b>Alice</b>", calls[2].Parameters["text"]);
        Assert.Equal("HTML", calls[2].Parameters["parse_mode"], ignoreCase: true);
        Assert.Equal(200, calls[2].StatusCode);
        Assert.Equal(403, calls[3].StatusCode);
        Assert.Equal(harness.Emulator.Bot.Id, calls[3].BotId);
        Assert.DoesNotContain(calls, c => c.Parameters.Values.Any(v => v.Contains(harness.Emulator.Token, StringComparison.Ordinal)));
    }
}

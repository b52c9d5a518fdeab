using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class ControlHttpApiTests
{
    [Fact]
    public async Task The_sandbox_can_play_a_resident_over_HTTP()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(harness.Emulator.BaseUrl) };

        using var created = await http.PostAsJsonAsync("/control/users", new { id = 3001, first_name = "Denis", username = "denis21" });
        using var wrote = await http.PostAsJsonAsync("/control/messages", new { user_id = 3001, chat_id = 3001, text = "/start" });
        using var duplicate = await http.PostAsJsonAsync("/control/users", new { id = 3001, first_name = "Denis" });
        await harness.Client.SendMessage(3001, "Bienvenue Denis !");
        var chat = await http.GetFromJsonAsync<JsonElement>("/control/chats/3001");
        var calls = await http.GetFromJsonAsync<JsonElement>("/control/calls");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrote.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var messages = chat.GetProperty("messages");
        Assert.Equal("/start", messages[0].GetProperty("text").GetString());
        Assert.Equal("Bienvenue Denis !", messages[1].GetProperty("text").GetString());
        Assert.True(messages[1].GetProperty("from_bot").GetBoolean());
        Assert.Equal("sendMessage", calls[0].GetProperty("method").GetString());
    }

    [Fact]
    public async Task Buttons_and_faults_are_driven_over_HTTP_too()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        using var http = new HttpClient { BaseAddress = new Uri(harness.Emulator.BaseUrl) };
        var sent = await harness.Client.SendMessage(
            EmulatorHarness.Alice,
            "Perceuse",
            replyMarkup: new global::Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
                global::Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithCallbackData("Réserver", "reserve:42")));

        using var pressed = await http.PostAsJsonAsync("/control/callbacks", new { user_id = EmulatorHarness.Alice, chat_id = EmulatorHarness.Alice, message_id = sent.Id, label = "Réserver" });
        var queryId = (await pressed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callback_query_id").GetString()!;
        await harness.Client.AnswerCallbackQuery(queryId, "Réservé !");
        var answer = await http.GetFromJsonAsync<JsonElement>($"/control/callbacks/{queryId}");
        using var injected = await http.PostAsJsonAsync("/control/faults", new { kind = "server_error" });
        await Assert.ThrowsAsync<global::Telegram.Bot.Exceptions.ApiRequestException>(() => harness.Client.SendMessage(EmulatorHarness.Alice, "x"));
        var faults = await http.GetFromJsonAsync<JsonElement>("/control/faults");

        Assert.Equal("Réservé !", answer.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, injected.StatusCode);
        Assert.Equal(1, faults.GetProperty("counts").GetProperty("server_errors").GetInt32());
    }
}

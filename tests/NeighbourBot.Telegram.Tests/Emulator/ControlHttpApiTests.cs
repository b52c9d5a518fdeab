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
}

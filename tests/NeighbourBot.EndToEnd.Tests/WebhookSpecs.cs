using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.EndToEnd.Tests.Support;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>Webhook mode: Telegram POSTs updates with the secret header; anything else is refused, and a redelivery changes nothing.</summary>
public sealed class WebhookSpecs : IAsyncLifetime
{
    private const long Marie = 1001;
    private const string Secret = "s3cret-webhook-token_for-tests";

    private BotWorld _world = null!;
    private string _webhookUrl = "";

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        _world.Emulator.Control.CreateUser(Marie, "Marie", "marie");
        var port = FreePort();
        _webhookUrl = $"http://127.0.0.1:{port}/telegram/webhook";
        await _world.StartBotAsync(waitForPolling: false,
            "--NeighbourBot:Telegram:Mode=Webhook",
            "--NeighbourBot:Telegram:WebhookUrl=" + _webhookUrl,
            "--NeighbourBot:Telegram:WebhookSecret=" + Secret,
            "--NeighbourBot:Telegram:ListenUrl=" + $"http://127.0.0.1:{port}");
        await _world.Emulator.Control.WaitForCallAsync(c => c.Method == "setWebhook" && c.StatusCode == 200, BotWorld.Patience, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Updates_arrive_by_webhook_and_a_post_without_the_secret_is_refused()
    {
        await _world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);

        using var http = new HttpClient();
        using var forged = await http.PostAsync(_webhookUrl, Json(Update(900_001, 77, "/start")));
        using var wrong = new HttpRequestMessage(HttpMethod.Post, _webhookUrl) { Content = Json(Update(900_002, 78, "/start")) };
        wrong.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "guess");
        using var guessed = await http.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
    }

    [Fact]
    public async Task The_same_update_delivered_twice_is_handled_once()
    {
        await _world.SendAndExpectAsync(Marie, Marie, "/start", SignupMessages.AskName);
        var before = _world.Emulator.Control.Messages(Marie).Count(m => m.FromBot);

        using var http = new HttpClient();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _webhookUrl) { Content = Json(Update(900_010, 90, "/aide")) };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // A later message proves the bot has finished with both deliveries.
        await _world.SendAndExpectAsync(Marie, Marie, "/annuler", "");
        var answersToHelp = _world.Emulator.Control.Messages(Marie).Where(m => m.FromBot).Count() - before - 1;
        Assert.Equal(1, answersToHelp);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Update(long updateId, int messageId, string text)
    {
        var date = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var marie = Marie.ToString(CultureInfo.InvariantCulture);
        return "{\"update_id\": " + updateId.ToString(CultureInfo.InvariantCulture)
            + ", \"message\": {\"message_id\": " + messageId.ToString(CultureInfo.InvariantCulture)
            + ", \"date\": " + date.ToString(CultureInfo.InvariantCulture)
            + ", \"chat\": {\"id\": " + marie + ", \"type\": \"private\", \"first_name\": \"Marie\"}"
            + ", \"from\": {\"id\": " + marie + ", \"is_bot\": false, \"first_name\": \"Marie\"}"
            + ", \"text\": \"" + text + "\", \"entities\": [{\"type\": \"bot_command\", \"offset\": 0, \"length\": "
            + text.Length.ToString(CultureInfo.InvariantCulture) + "}]}}";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

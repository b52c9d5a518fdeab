using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NeighbourBot.Telegram.Tests.Emulator;

public sealed class WebhookTests
{
    [Fact]
    public async Task With_a_webhook_updates_are_posted_with_the_secret_header_and_getUpdates_conflicts()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await using var listener = await WebhookListener.StartAsync(failFirst: 0);

        await harness.Client.SetWebhook(listener.Url, secretToken: "s3cret-Token_1");
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "Bonjour par webhook");
        var received = await listener.Received.Reader.ReadAsync().AsTask().WaitAsync(EmulatorHarness.Patience);
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetUpdates(timeout: 0));
        var info = await harness.Client.GetWebhookInfo();

        Assert.Equal("s3cret-Token_1", received.Secret);
        Assert.Equal("Bonjour par webhook", received.Update.Message!.Text);
        Assert.Equal(409, conflict.ErrorCode);
        Assert.Equal(listener.Url, info.Url);
        await harness.Control.WaitForUpdatesConsumedAsync(EmulatorHarness.Patience, CancellationToken.None);

        await harness.Client.DeleteWebhook();
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "Retour au polling");
        Assert.Equal("Retour au polling", Assert.Single(await harness.Client.GetUpdates(timeout: 0)).Message!.Text);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_and_reported_in_the_webhook_info()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.WebhookRetryDelay = TimeSpan.FromMilliseconds(10));
        await using var listener = await WebhookListener.StartAsync(failFirst: 1);

        await harness.Client.SetWebhook(listener.Url);
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "un");
        harness.Control.UserSends(EmulatorHarness.Alice, EmulatorHarness.Alice, "deux");
        var first = await listener.Received.Reader.ReadAsync().AsTask().WaitAsync(EmulatorHarness.Patience);
        var retried = await listener.Received.Reader.ReadAsync().AsTask().WaitAsync(EmulatorHarness.Patience);
        var second = await listener.Received.Reader.ReadAsync().AsTask().WaitAsync(EmulatorHarness.Patience);
        var info = await harness.Client.GetWebhookInfo();

        Assert.Null(first.Secret);
        Assert.Equal(first.Update.Id, retried.Update.Id);
        Assert.Equal("deux", second.Update.Message!.Text);
        Assert.Equal("Wrong response from the webhook: 500 Internal Server Error", info.LastErrorMessage);
    }

    [Fact]
    public async Task Setting_a_webhook_ends_a_parked_long_poll_with_a_conflict()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await using var listener = await WebhookListener.StartAsync(failFirst: 0);

        var poll = harness.Client.GetUpdates(timeout: 30);
        await harness.Control.WaitForLongPollAsync(EmulatorHarness.Patience, CancellationToken.None);
        await harness.Client.SetWebhook(listener.Url, secretToken: "abc");

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => poll.WaitAsync(EmulatorHarness.Patience));
        Assert.Equal(409, conflict.ErrorCode);
        Assert.StartsWith("Conflict: can't use getUpdates method while webhook is active", conflict.Message, StringComparison.Ordinal);
    }

    private sealed record Delivery(string? Secret, Update Update);

    private sealed class WebhookListener : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private WebhookListener(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public string Url { get; }

        public Channel<Delivery> Received { get; } = Channel.CreateUnbounded<Delivery>();

        public static async Task<WebhookListener> StartAsync(int failFirst)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            WebhookListener? self = null;
            var failures = failFirst;
            app.MapPost("/hook", async (HttpContext http) =>
            {
                var update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options);
                var secret = http.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault();
                await self!.Received.Writer.WriteAsync(new Delivery(secret, update!));
                return Interlocked.Decrement(ref failures) >= 0 ? Results.StatusCode(500) : Results.Ok();
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            self = new WebhookListener(app, address.TrimEnd('/') + "/hook");
            return self;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>A stand-in geocoder on 127.0.0.1: answers each request with what the test's handler says, and records what it received.</summary>
public sealed class LocalBanServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Uri> _requests = new();
    private readonly Func<ServedRequest, Task<Reply>> _handler;
    private readonly Task _loop;
    private int _count;

    public LocalBanServer(Func<ServedRequest, Task<Reply>> handler)
    {
        _handler = handler;
        (_listener, var port) = Listen();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/geocodage");
        _loop = Task.Run(LoopAsync);
    }

    public LocalBanServer(Func<ServedRequest, Reply> handler)
        : this(request => Task.FromResult(handler(request)))
    {
    }

    /// <summary>What <c>Addresses:BanBaseUrl</c> would be.</summary>
    public Uri BaseUrl { get; }

    public int RequestCount => Volatile.Read(ref _count);

    public IReadOnlyList<Uri> Requests => _requests.ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The listener was closed under a pending GetContextAsync: that is how the loop ends.
        }

        _stop.Dispose();
    }

    private static (HttpListener Listener, int Port) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between the probe and Start: pick another.
                listener.Close();
            }
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var url = context.Request.Url!;
        _requests.Enqueue(url);
        var number = Interlocked.Increment(ref _count);
        Reply reply;
        try
        {
            reply = await _handler(new ServedRequest(number, url));
        }
        catch (OperationCanceledException)
        {
            context.Response.Abort();
            return;
        }

        try
        {
            if (reply.AbortConnection)
            {
                // Promise a body, send a piece of it, then cut: the client sees the response end prematurely.
                context.Response.ContentLength64 = 1000;
                await context.Response.OutputStream.WriteAsync("{\"features\":"u8.ToArray());
                await context.Response.OutputStream.FlushAsync();
                context.Response.Abort();
                return;
            }

            context.Response.StatusCode = (int)reply.StatusCode;
            foreach (var (name, value) in reply.Headers)
            {
                context.Response.AddHeader(name, value);
            }

            var body = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (attempt timeout) before the answer was written: nothing to do.
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;

using NeighbourBot.Testing;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>A stand-in geocoder on 127.0.0.1: answers each request with what the test's handler says, and records what it received.</summary>
public sealed class LocalBanServer : LoopbackHttpServer
{
    private readonly ConcurrentQueue<Uri> _requests = new();
    private readonly Func<ServedRequest, Task<Reply>> _handler;
    private int _count;

    public LocalBanServer(Func<ServedRequest, Task<Reply>> handler)
        : base("geocodage")
    {
        _handler = handler;
        StartServing();
    }

    public LocalBanServer(Func<ServedRequest, Reply> handler)
        : this(request => Task.FromResult(handler(request)))
    {
    }

    public int RequestCount => Volatile.Read(ref _count);

    public IReadOnlyList<Uri> Requests => _requests.ToList();

    protected override async Task ServeAsync(HttpListenerContext context)
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

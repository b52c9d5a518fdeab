using System.Net;
using System.Net.Sockets;

namespace NeighbourBot.Testing;

/// <summary>
/// An HTTP server on 127.0.0.1 at a free port, serving each request on its own task until disposed: the base of the
/// stand-ins for services the bot calls over the network (one source file, linked into the test projects that need it).
/// </summary>
public abstract class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    protected LoopbackHttpServer(string path)
    {
        (_listener, var port) = Listen();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/{path.TrimStart('/')}");
    }

    /// <summary>Where the server answers (what a client's base-URL setting points at).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Cancelled when the server is disposed: for answers that wait on purpose.</summary>
    protected CancellationToken Stopping => _stop.Token;

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
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts serving; called by the subclass once its own fields are set.</summary>
    protected void StartServing() => _loop = Task.Run(LoopAsync);

    /// <summary>Answers one request (and closes its response).</summary>
    protected abstract Task ServeAsync(HttpListenerContext context);

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
}

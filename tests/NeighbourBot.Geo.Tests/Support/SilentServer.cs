using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>A server on 127.0.0.1 that accepts connections and never answers: each attempt of the client is one connection.</summary>
public sealed class SilentServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> _held = [];
    private readonly Task _loop;
    private int _connections;

    public SilentServer()
    {
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/geocodage");
        _loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUrl { get; }

    public int Connections => Volatile.Read(ref _connections);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Stop() ends the pending accept: that is how the loop ends.
        }

        foreach (var client in _held)
        {
            client.Dispose();
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            _held.Add(await _listener.AcceptTcpClientAsync());
            Interlocked.Increment(ref _connections);
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Pacta.TestKit;

/// <summary>An HTTP server on 127.0.0.1 and a free port, answering with <paramref name="handler"/>, for tests
/// that fetch (never the internet). Records every request it gets.</summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, HttpListenerResponse, Task> _handler;
    private readonly Task _loop;
    private readonly List<RecordedRequest> _requests = [];

    public LocalHttpServer(Func<HttpListenerRequest, HttpListenerResponse, Task> handler)
    {
        _handler = handler;
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            lock (_requests)
            {
                _requests.Add(new RecordedRequest(
                    context.Request.Url!.AbsolutePath,
                    context.Request.UserAgent,
                    context.Request.Headers["If-None-Match"],
                    context.Request.Headers["If-Modified-Since"],
                    DateTimeOffset.UtcNow));
            }

            try
            {
                await _handler(context.Request, context.Response).ConfigureAwait(false);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>One request as the server saw it.</summary>
    public sealed record RecordedRequest(string Path, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince, DateTimeOffset At);
}

using System.Collections.Concurrent;

namespace Pacta.Ingest.Feeds;

/// <summary>
/// Keeps requests to one host at least a delay apart, so watching many feeds of one site never hammers it. It is the
/// last handler before the connection, so time a request spends elsewhere (retries, the first request's JIT) cannot eat
/// into the gap; and requests to one host go through one at a time, each measuring the gap from the moment the previous
/// one actually left, so a timer that fires late for one request cannot bunch it up with the next.
/// </summary>
internal sealed class HostThrottle(TimeSpan delay, TimeProvider clock, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new ArgumentException("A request needs a URI.", nameof(request));
        var host = _hosts.GetOrAdd(uri.Authority, _ => new Host());
        await host.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (host.LastSent is { } last && last + delay - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
            }

            host.LastSent = clock.GetUtcNow();
        }
        finally
        {
            host.Turn.Release();
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var host in _hosts.Values)
            {
                host.Turn.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private sealed class Host
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset? LastSent { get; set; }
    }
}

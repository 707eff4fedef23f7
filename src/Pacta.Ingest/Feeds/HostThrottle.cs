namespace Pacta.Ingest.Feeds;

/// <summary>Keeps requests to one host at least a delay apart, so watching many feeds of one site never hammers it.
/// It is the last handler before the connection, so the time a request waits for anything else (retries, the first
/// request's JIT) cannot eat into the gap.</summary>
internal sealed class HostThrottle(TimeSpan delay, TimeProvider clock, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly Dictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _lock = new(1, 1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await WaitAsync(request.RequestUri ?? throw new ArgumentException("A request needs a URI.", nameof(request)), cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitAsync(Uri uri, CancellationToken cancellation)
    {
        TimeSpan wait;
        await _lock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            var next = _nextAllowed.TryGetValue(uri.Authority, out var allowed) && allowed > now ? allowed : now;
            wait = next - now;
            _nextAllowed[uri.Authority] = next + delay;
        }
        finally
        {
            _lock.Release();
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellation).ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lock.Dispose();
        }

        base.Dispose(disposing);
    }
}

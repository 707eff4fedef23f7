namespace Pacta.Ingest.Feeds;

/// <summary>Keeps requests to one host at least a delay apart, so watching many feeds of one site never hammers it.</summary>
internal sealed class HostThrottle(TimeSpan delay, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WaitAsync(Uri uri, CancellationToken cancellation)
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
}

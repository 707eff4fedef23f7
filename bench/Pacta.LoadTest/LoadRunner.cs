using System.Diagnostics;

namespace Pacta.LoadTest;

/// <summary>
/// Fires a fixed number of requests at a fixed rate (open loop: request i is due at i/rate seconds, whether or not
/// earlier ones have answered), with at most <c>concurrency</c> in flight and a hard time limit. Latency is measured
/// from when a request was due, not from when it was sent, so a stalled server shows up in the percentiles instead
/// of silently slowing the generator down (coordinated omission).
/// </summary>
public sealed class LoadRunner(ILoadTarget target, LoadSettings settings)
{
    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(settings.TimeLimit);
        using var slots = new SemaphoreSlim(settings.Concurrency);
        var latencies = new double[settings.Requests];
        var failed = new bool[settings.Requests];
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(settings.Requests);
        try
        {
            for (var i = 0; i < settings.Requests; i++)
            {
                var due = TimeSpan.FromSeconds(i / settings.Rate);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, limit.Token).ConfigureAwait(false);
                }

                await slots.WaitAsync(limit.Token).ConfigureAwait(false);
                sent++;
                inFlight.Add(SendOneAsync(i, due));
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The time limit: stop sending; what was sent is still counted below.
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        return LoadResult.From(latencies.AsSpan(0, sent), failed.AsSpan(0, sent), settings.Requests, elapsed);

        async Task SendOneAsync(int index, TimeSpan due)
        {
            try
            {
                failed[index] = !await target.SendAsync(index, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed[index] = true;
            }
            finally
            {
                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                slots.Release();
            }
        }
    }
}

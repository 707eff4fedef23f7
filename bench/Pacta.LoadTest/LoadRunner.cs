using System.Diagnostics;

namespace Pacta.LoadTest;

/// <summary>
/// Fires a fixed number of requests at a fixed rate (open loop: request i is due at i/rate seconds, whether or not
/// earlier ones have answered), with at most <c>concurrency</c> in flight and a hard time limit. Latency is measured
/// from when a request was due, not from when it was sent, so a stalled server shows up in the percentiles instead
/// of silently slowing the generator down (coordinated omission). Requests are sent from a thread of their own that
/// sleeps to each due time (<see cref="DueClock"/>); how late each was sent is reported too, so a generator that
/// cannot keep time shows in the result.
/// </summary>
public sealed class LoadRunner(ILoadTarget target, LoadSettings settings)
{
    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var latencies = new double[settings.Requests];
        var lags = new double[settings.Requests];
        var failed = new bool[settings.Requests];
        var inFlight = new List<Task>(settings.Requests);
        using var slots = new SemaphoreSlim(settings.Concurrency);
        var start = Stopwatch.GetTimestamp();
        var stop = start + (long)(settings.TimeLimit.TotalSeconds * Stopwatch.Frequency);

        // A thread of its own: the sender sleeps between requests, which would hold a pool thread the responses need.
        var sent = await Task.Factory.StartNew(SendAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        await Task.WhenAll(inFlight).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return LoadResult.From(latencies.AsSpan(0, sent), failed.AsSpan(0, sent), settings.Requests, elapsed) with
        {
            LagP99 = LoadResult.Percentile(lags.AsSpan(0, sent).ToArray().Order().ToList(), 0.99),
        };

        int SendAll()
        {
            for (var i = 0; i < settings.Requests; i++)
            {
                var due = start + (long)(i / settings.Rate * Stopwatch.Frequency);
                DueClock.SleepUntil(Math.Min(due, stop));
                if (due >= stop || !TakeSlot())
                {
                    // The time limit (or Ctrl+C): stop sending; what was sent is still counted.
                    return i;
                }

                lags[i] = Milliseconds(Stopwatch.GetTimestamp() - due);
                inFlight.Add(SendOneAsync(i, due));
            }

            return settings.Requests;
        }

        bool TakeSlot()
        {
            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), stop);
            try
            {
                return slots.Wait(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        async Task SendOneAsync(int index, long due)
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
                latencies[index] = Milliseconds(Stopwatch.GetTimestamp() - due);
                slots.Release();
            }
        }
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

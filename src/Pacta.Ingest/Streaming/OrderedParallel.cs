namespace Pacta.Ingest.Streaming;

/// <summary>
/// Maps a stream over several threads and yields the results in input order, holding at most a fixed window of
/// items in flight: memory stays flat however long the stream, and a slow item delays output, never loses order.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Items in flight per worker: enough to keep every worker busy while one slow item is awaited.</summary>
    private const int WindowPerWorker = 8;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == 1 ? MapInline(source, map) : MapOnWorkers(source, map, threads);
    }

    private static IEnumerable<TOut> MapInline<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map)
    {
        foreach (var item in source)
        {
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> MapOnWorkers<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads)
    {
        using var window = new OrderedWindow<TIn, TOut>(source, map, threads, threads * WindowPerWorker);
        while (window.TryTakeNext(out var result))
        {
            yield return result;
        }
    }
}

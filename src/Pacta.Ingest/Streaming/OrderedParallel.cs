namespace Pacta.Ingest.Streaming;

/// <summary>
/// Maps a stream over several threads and yields the results in input order, holding at most a fixed window of
/// items in flight: memory stays flat however long the stream, and a slow item delays output, never loses order.
/// The window is the bounded channel between the reader (the caller's enumeration) and the workers.
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
        if (threads == 1)
        {
            foreach (var item in source)
            {
                yield return map(item);
            }

            yield break;
        }

        // A scheduler that runs at most `threads` items at once on the shared thread pool.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var factory = new TaskFactory(CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskContinuationOptions.None, scheduler);
        var window = new Queue<Task<TOut>>(threads * WindowPerWorker);
        foreach (var item in source)
        {
            window.Enqueue(factory.StartNew(() => map(item)));
            if (window.Count >= threads * WindowPerWorker)
            {
                yield return Result(window.Dequeue());
            }
        }

        while (window.Count > 0)
        {
            yield return Result(window.Dequeue());
        }
    }

    /// <summary>Blocks without spinning until the item is done: the caller's thread would otherwise spin on a core
    /// the workers need (there are as many workers as cores, and the caller reads the input besides).</summary>
    private static T Result<T>(Task<T> task)
    {
        if (task.IsCompleted)
        {
            return task.GetAwaiter().GetResult();
        }

        ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        var result = task.GetAwaiter().GetResult();

        // The wait handle is an operating-system event: release it now rather than leave one per item to the finalizer.
        task.Dispose();
        return result;
    }
}

using System.Runtime.ExceptionServices;

namespace Pacta.Ingest.Streaming;

/// <summary>
/// The workers and the window of <see cref="OrderedParallel"/>. Each worker takes the next item of the source (under a
/// lock, so the source is read by one thread at a time, in order), maps it and puts the result in its numbered slot;
/// the consumer takes the slots in number order. A worker takes an item only while the window has a free slot, so at
/// most a window of items is read ahead of the consumer. A task per item, with its own wait handle for the consumer,
/// cost a fifth of a two-core extraction; here the workers live for the whole stream and nothing is allocated per item.
/// </summary>
internal sealed class OrderedWindow<TIn, TOut> : IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(20);

    private readonly IEnumerator<TIn> _source;
    private readonly Func<TIn, TOut> _map;
    private readonly object _sourceLock = new();

    /// <summary>Guards the slots; the consumer waits on it for the next slot, the workers pulse it.</summary>
    private readonly object _slotsLock = new();
    private readonly TOut[] _results;
    private readonly ExceptionDispatchInfo?[] _errors;
    private readonly bool[] _ready;
    private readonly SemaphoreSlim _freeSlots;
    private readonly Task[] _workers;

    /// <summary>The number of the next item read from the source (under <see cref="_sourceLock"/>).</summary>
    private long _read;

    /// <summary>How many items the source held, once it has ended (or failed); -1 before.</summary>
    private long _total = -1;

    /// <summary>The number of the next result the consumer takes.</summary>
    private long _taken;
    private volatile bool _stopped;

    public OrderedWindow(IEnumerable<TIn> source, Func<TIn, TOut> map, int workers, int window)
    {
        _source = source.GetEnumerator();
        _map = map;
        _results = new TOut[window];
        _errors = new ExceptionDispatchInfo?[window];
        _ready = new bool[window];
        _freeSlots = new SemaphoreSlim(window);
        _workers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            _workers[i] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The next result in input order; false when the source has ended and every result was taken. A failure
    /// of the source or of the map is thrown here, in its item's place.</summary>
    public bool TryTakeNext(out TOut result)
    {
        ExceptionDispatchInfo? error;
        lock (_slotsLock)
        {
            var slot = (int)(_taken % _results.Length);
            while (!_ready[slot])
            {
                if (Volatile.Read(ref _total) is var total and >= 0 && _taken >= total)
                {
                    result = default!;
                    return false;
                }

                // Woken for half a window, or after a while anyway: a source that waits for input (a pipe, a feed)
                // must not hold back results that are ready.
                Monitor.Wait(_slotsLock, LongestWait);
            }

            result = _results[slot];
            error = _errors[slot];
            _results[slot] = default!;
            _errors[slot] = null;
            _ready[slot] = false;
            _taken++;
        }

        _freeSlots.Release();
        error?.Throw();
        return true;
    }

    public void Dispose()
    {
        // The consumer may stop early (a `break`, an exception): the workers finish the item in hand and stop.
        _stopped = true;
        _freeSlots.Release(_workers.Length);
        Task.WaitAll(_workers);
        _source.Dispose();
        _freeSlots.Dispose();
    }

    private void Work()
    {
        while (true)
        {
            _freeSlots.Wait();
            if (_stopped || !TryRead(out var item, out var number, out var error))
            {
                return;
            }

            var result = default(TOut)!;
            if (error is null)
            {
                try
                {
                    result = _map(item);
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                }
            }

            lock (_slotsLock)
            {
                var slot = (int)(number % _results.Length);
                _results[slot] = result;
                _errors[slot] = error;
                _ready[slot] = true;
                if (Volatile.Read(ref _total) >= 0 || ReadyFromNext() >= _results.Length / 2)
                {
                    // The consumer is woken for half a window at once, not for each item: waking it per item put a
                    // third thread on the cores the workers need, ten thousand times a run. A full window always
                    // reaches half, so the workers never wait on a consumer that sleeps.
                    Monitor.Pulse(_slotsLock);
                }
            }
        }
    }

    /// <summary>How many results, from the next the consumer takes, are ready in a row (under the slots' lock).</summary>
    private int ReadyFromNext()
    {
        var count = 0;
        while (count < _ready.Length && _ready[(int)((_taken + count) % _ready.Length)])
        {
            count++;
        }

        return count;
    }

    /// <summary>The next item and its number; false when the source has ended (the consumer is told). A source that
    /// fails gives its failure as its last item.</summary>
    private bool TryRead(out TIn item, out long number, out ExceptionDispatchInfo? error)
    {
        item = default!;
        error = null;
        lock (_sourceLock)
        {
            number = _read;
            if (_total < 0)
            {
                try
                {
                    if (_source.MoveNext())
                    {
                        item = _source.Current;
                        _read++;
                        return true;
                    }
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                    _read++;
                }

                Volatile.Write(ref _total, _read);
            }
        }

        lock (_slotsLock)
        {
            // The consumer may be waiting for an item that will never come.
            Monitor.PulseAll(_slotsLock);
        }

        return error is not null;
    }
}

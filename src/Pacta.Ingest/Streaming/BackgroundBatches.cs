using System.Diagnostics;

namespace Pacta.Ingest.Streaming;

/// <summary>
/// Groups a stream into batches and writes each batch in the background while the caller goes on producing the
/// next, one write at a time and in order. A writer that takes its turn on the producer's thread stalls the producer
/// (and, through <see cref="OrderedParallel"/>'s window, its workers) for as long as each write lasts; here the
/// workers keep extracting while a batch is stored. At most one batch is written while one fills, so memory stays
/// bounded. A batch is sent when it is full or when its first item has waited <c>maxAge</c>, so a slow stream still
/// gets written (and reported) as it goes.
/// </summary>
public sealed class BackgroundBatches<T>
{
    private readonly Func<IReadOnlyList<T>, Task> _write;
    private readonly int _size;
    private readonly TimeSpan _maxAge;
    private List<T> _filling;
    private long _firstAdded;
    private Task _writing = Task.CompletedTask;

    /// <param name="write">Writes one batch; an exception it throws comes out of the next <see cref="Add"/> or
    /// <see cref="Complete"/>.</param>
    public BackgroundBatches(Func<IReadOnlyList<T>, Task> write, int size, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _write = write;
        _size = size;
        _maxAge = maxAge;
        _filling = new List<T>(size);
    }

    public void Add(T item)
    {
        if (_filling.Count == 0)
        {
            _firstAdded = Stopwatch.GetTimestamp();
        }

        _filling.Add(item);
        if (_filling.Count >= _size || Stopwatch.GetElapsedTime(_firstAdded) >= _maxAge)
        {
            Send();
        }
    }

    /// <summary>Writes what is waiting and returns when every write is done. The batches can be used again after.</summary>
    public void Complete()
    {
        Send();
        _writing.GetAwaiter().GetResult();
    }

    /// <summary>For a caller that is already failing: drops what is waiting and returns once the write under way
    /// has ended, so the writer's target can be closed. That write's own error is not thrown: the caller's is the one
    /// to report.</summary>
    public void Abandon()
    {
        _filling.Clear();
        try
        {
            _writing.GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Any failure of that write is secondary to the caller's.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private void Send()
    {
        if (_filling.Count == 0)
        {
            return;
        }

        // One write at a time, in order: the next batch waits for the previous one.
        _writing.GetAwaiter().GetResult();
        var batch = _filling;
        _filling = new List<T>(_size);
        // A thread of its own: a write blocks (SQLite does its work synchronously), and on the shared pool it would
        // hold one of the few threads the extraction workers run on.
        _writing = Task.Factory.StartNew(() => _write(batch), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }
}

using System.Data.Common;
using Pacta.Cli.Commands;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Pacta.Ingest.Streaming;
using Pacta.Storage;

namespace Pacta.Cli.Ingestion;

/// <summary>
/// Takes read results: reports each skipped or failed input on one line, extracts the documents over all cores and
/// saves them in batches (<see cref="IAgreementStore.SaveManyAsync"/>: on SQLite, one transaction per batch), each
/// batch in the background while the next is extracted. Shared by `ingest` (<see cref="IngestAll"/>, streaming) and
/// `watch` (<see cref="Add"/> and <see cref="Flush"/>). With several workers a batch is split among them:
/// PostgreSQL gives each its own pooled connection and serializes only saves that touch the same party set; SQLite
/// has one writer, so its parts still run one at a time. The tally counts a document as stored only once its batch
/// is committed, so a run stopped midway has stored at least what it reported.
/// </summary>
internal sealed class DocumentIngester
{
    /// <summary>Documents per save (and per extraction round for <see cref="Add"/>): large enough that a commit is
    /// cheap per document (256 saved 10–15% of SQLite ingest time over 64), small enough to bound memory (a few MB of
    /// text).</summary>
    private const int BatchSize = 256;

    /// <summary>A batch waits at most this long for more documents, so slow inputs are still stored as they come and
    /// the progress line moves.</summary>
    private static readonly TimeSpan MaxBatchAge = TimeSpan.FromMilliseconds(500);

    private readonly ExtractionPipeline _pipeline;
    private readonly IAgreementStore _store;
    private readonly TimeProvider _clock;
    private readonly TextWriter _errors;
    private readonly int _workers;
    private readonly List<Document> _unextracted = new(BatchSize);
    private readonly BackgroundBatches<PreparedDocument> _saves;

    /// <summary>Guards <see cref="Tally"/> and <c>errors</c>: batches are saved on other threads.</summary>
    private readonly Lock _report = new();

    public DocumentIngester(ExtractionPipeline pipeline, IAgreementStore store, TimeProvider clock, TextWriter errors, int workers = 1)
    {
        (_pipeline, _store, _clock, _errors, _workers) = (pipeline, store, clock, errors, workers);
        _saves = new BackgroundBatches<PreparedDocument>(SaveAsync, BatchSize, MaxBatchAge);
    }

    public IngestTally Tally { get; } = new();

    /// <summary>Reads, extracts and saves a whole stream: extraction runs over all cores ahead of the saves, in input
    /// order; <paramref name="progress"/> gets the progress line after each input.</summary>
    public void IngestAll(IEnumerable<ReadResult> reads, Action<string> progress)
    {
        // Each worker also computes what saving needs from the text (hash, signature), off the single writer.
        var extracted = OrderedParallel.Map(
            reads,
            read =>
            {
                var result = read.Document is { } document ? _pipeline.Process(document) : null;
                return (Read: read, Result: result, Prepared: result is { Skipped: null } ? PreparedDocument.Of(result) : null);
            },
            Environment.ProcessorCount);
        try
        {
            foreach (var (read, result, prepared) in extracted)
            {
                if (Accept(read) is not null)
                {
                    Queue(result!, prepared);
                }

                progress(ProgressLine());
            }

            _saves.Complete();
        }
        catch
        {
            // The caller closes the store next: no batch may still be writing to it.
            _saves.Abandon();
            throw;
        }
    }

    /// <summary>Takes one input; documents are extracted <see cref="BatchSize"/> at a time.</summary>
    public void Add(ReadResult read)
    {
        if (Accept(read) is { } document)
        {
            _unextracted.Add(document);
            if (_unextracted.Count == BatchSize)
            {
                ExtractWaiting();
            }
        }
    }

    /// <summary>Extracts and saves what is waiting, and returns once it is stored.</summary>
    public void Flush()
    {
        ExtractWaiting();
        _saves.Complete();
    }

    private string ProgressLine()
    {
        lock (_report)
        {
            return Tally.Progress();
        }
    }

    /// <summary>Counts a read and reports a skipped or failed one; the document to extract, if any.</summary>
    private Document? Accept(ReadResult read)
    {
        lock (_report)
        {
            Tally.Read++;
            if (read.Document is null)
            {
                _errors.WriteLine($"{(read.IsSkipped ? "skipped" : "failed")} {read.Path}: {read.Error}");
                if (read.IsSkipped)
                {
                    Tally.Skipped++;
                }
                else
                {
                    Tally.Failed++;
                }

                return null;
            }

            if (read.Note is not null)
            {
                _errors.WriteLine($"note {read.Path}: {read.Note}");
            }

            return read.Document;
        }
    }

    private void ExtractWaiting()
    {
        foreach (var result in ExtractCommand.Process(_pipeline, _unextracted))
        {
            Queue(result, prepared: null);
        }

        _unextracted.Clear();
    }

    private void Queue(ExtractionResult result, PreparedDocument? prepared)
    {
        if (result.Skipped is not null)
        {
            lock (_report)
            {
                _errors.WriteLine($"failed {result.Document.Id}: not analysed: {result.Skipped}");
                Tally.Failed++;
            }

            return;
        }

        _saves.Add(prepared ?? PreparedDocument.Of(result));
    }

    /// <summary>Saves one batch, split among the workers.</summary>
    private Task SaveAsync(IReadOnlyList<PreparedDocument> batch) => _workers <= 1
        ? SavePartAsync(batch, CancellationToken.None).AsTask()
        : Parallel.ForEachAsync(batch.Chunk((batch.Count + _workers - 1) / _workers), new ParallelOptions { MaxDegreeOfParallelism = _workers }, SavePartAsync);

    private async ValueTask SavePartAsync(IReadOnlyList<PreparedDocument> part, CancellationToken cancellationToken)
    {
        try
        {
            Count(await _store.SaveManyAsync(part, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false));
        }
        catch (DbException) when (part.Count > 1)
        {
            // One document the database refuses fails its whole transaction: save them one at a time, so the others
            // are stored and the refused one is named.
            foreach (var document in part)
            {
                await SavePartAsync([document], cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            lock (_report)
            {
                _errors.WriteLine($"failed {part[0].Result.Document.Id}: cannot save: {e.Message}");
                Tally.Failed++;
            }
        }
    }

    private void Count(IReadOnlyList<IngestOutcome> outcomes)
    {
        lock (_report)
        {
            foreach (var outcome in outcomes)
            {
                if (outcome.IsDuplicate)
                {
                    Tally.Duplicates++;
                }
                else
                {
                    Tally.Stored++;
                    Tally.NewAgreements += outcome.CreatedAgreements.Count;
                }
            }
        }
    }
}

using System.Data.Common;
using Pacta.Cli.Commands;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Pacta.Storage;

namespace Pacta.Cli.Ingestion;

/// <summary>
/// Takes read results one by one: reports each skipped or failed input on one line, and extracts and saves the
/// documents in batches (extraction over all cores, then the saves of the batch by <paramref name="workers"/>
/// concurrent savers). Shared by `ingest` and `watch`. With several workers the store decides how much runs at once:
/// PostgreSQL gives each save its own pooled connection and serializes only saves that touch the same party set;
/// SQLite has one writer, so its saves still run one at a time.
/// </summary>
internal sealed class DocumentIngester(ExtractionPipeline pipeline, IAgreementStore store, TimeProvider clock, TextWriter errors, int workers = 1)
{
    /// <summary>Documents extracted in parallel, then saved, per round; bounds memory on large inputs.</summary>
    private const int BatchSize = 64;

    private readonly List<Document> _batch = new(BatchSize);

    /// <summary>Guards <see cref="Tally"/> and <c>errors</c> while workers save at once.</summary>
    private readonly Lock _report = new();

    public IngestTally Tally { get; } = new();

    public void Add(ReadResult read)
    {
        Tally.Read++;
        if (read.Document is null)
        {
            errors.WriteLine($"{(read.IsSkipped ? "skipped" : "failed")} {read.Path}: {read.Error}");
            if (read.IsSkipped)
            {
                Tally.Skipped++;
            }
            else
            {
                Tally.Failed++;
            }

            return;
        }

        if (read.Note is not null)
        {
            errors.WriteLine($"note {read.Path}: {read.Note}");
        }

        _batch.Add(read.Document);
        if (_batch.Count == BatchSize)
        {
            Flush();
        }
    }

    /// <summary>Extracts and saves what is waiting; call at the end of a run.</summary>
    public void Flush()
    {
        var results = ExtractCommand.Process(pipeline, _batch);
        if (workers <= 1)
        {
            foreach (var result in results)
            {
                SaveAsync(result, CancellationToken.None).GetAwaiter().GetResult();
            }
        }
        else
        {
            Parallel.ForEachAsync(results, new ParallelOptions { MaxDegreeOfParallelism = workers }, SaveAsync).GetAwaiter().GetResult();
        }

        _batch.Clear();
    }

    private async ValueTask SaveAsync(ExtractionResult result, CancellationToken cancellationToken)
    {
        if (result.Skipped is not null)
        {
            lock (_report)
            {
                errors.WriteLine($"failed {result.Document.Id}: not analysed: {result.Skipped}");
                Tally.Failed++;
            }

            return;
        }

        try
        {
            var outcome = await store.SaveAsync(result, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            lock (_report)
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
        catch (DbException e)
        {
            lock (_report)
            {
                errors.WriteLine($"failed {result.Document.Id}: cannot save: {e.Message}");
                Tally.Failed++;
            }
        }
    }
}

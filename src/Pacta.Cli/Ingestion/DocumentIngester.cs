using System.Data.Common;
using Pacta.Cli.Commands;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Pacta.Storage;

namespace Pacta.Cli.Ingestion;

/// <summary>
/// Takes read results one by one: reports each skipped or failed input on one line, and extracts and saves the
/// documents in batches (extraction over all cores, then one save per document). Shared by `ingest` and `watch`.
/// </summary>
internal sealed class DocumentIngester(ExtractionPipeline pipeline, IAgreementStore store, TimeProvider clock, TextWriter errors)
{
    /// <summary>Documents extracted in parallel, then saved, per round; bounds memory on large inputs.</summary>
    private const int BatchSize = 64;

    private readonly List<Document> _batch = new(BatchSize);

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
        foreach (var result in ExtractCommand.Process(pipeline, _batch))
        {
            Save(result);
        }

        _batch.Clear();
    }

    private void Save(ExtractionResult result)
    {
        if (result.Skipped is not null)
        {
            errors.WriteLine($"failed {result.Document.Id}: not analysed: {result.Skipped}");
            Tally.Failed++;
            return;
        }

        try
        {
            var outcome = store.SaveAsync(result, clock.GetUtcNow()).GetAwaiter().GetResult();
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
        catch (DbException e)
        {
            errors.WriteLine($"failed {result.Document.Id}: cannot save: {e.Message}");
            Tally.Failed++;
        }
    }
}

using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Streaming;
using Pacta.Storage;

namespace Pacta.Bench.Stages;

/// <summary>
/// Pacta's ingest: extraction over all workers feeding one writer that stores documents and agreements in a fresh
/// SQLite file (WAL), <see cref="BatchSize"/> documents per transaction and each batch in the background while the
/// next is extracted, each document's hash and signature prepared by the worker that extracted it, as `pacta ingest`
/// does. The file is deleted afterwards.
/// </summary>
public sealed class IngestStage(ExtractionPipeline pipeline) : IBenchStage
{
    /// <summary>Documents per transaction, as `pacta ingest` writes them.</summary>
    public const int BatchSize = 256;

    public string Name => "Pacta ingest (SQLite)";

    public int Run(IReadOnlyList<string> files, int threads)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pacta-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var documents = 0;
            var store = AgreementStoreFactory.Open(Path.Combine(folder, "bench.db"));
            try
            {
                var now = DateTimeOffset.UtcNow;
                var saves = new BackgroundBatches<PreparedDocument>(batch => store.SaveManyAsync(batch, now), BatchSize, TimeSpan.FromSeconds(1));
                foreach (var prepared in ExtractStage.Extract(pipeline, files, threads, result => result.Skipped is null ? PreparedDocument.Of(result) : null))
                {
                    if (prepared is not null)
                    {
                        saves.Add(prepared);
                    }

                    documents++;
                }

                saves.Complete();
            }
            finally
            {
                store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return documents;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

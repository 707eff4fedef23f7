using Pacta.Core.Pipeline;
using Pacta.Storage;

namespace Pacta.Bench.Stages;

/// <summary>
/// Pacta's ingest: extraction over all workers feeding one writer that stores documents and agreements in a fresh
/// SQLite file (WAL), as `pacta ingest` does. The file is deleted afterwards.
/// </summary>
public sealed class IngestStage(ExtractionPipeline pipeline) : IBenchStage
{
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
                foreach (var result in ExtractStage.Extract(pipeline, files, threads))
                {
                    if (result is not null && result.Skipped is null)
                    {
                        store.SaveAsync(result, now).GetAwaiter().GetResult();
                    }

                    documents++;
                }
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

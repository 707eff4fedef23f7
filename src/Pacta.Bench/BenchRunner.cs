using System.Diagnostics;
using Pacta.Bench.Stages;
using Pacta.Core.Pipeline;

namespace Pacta.Bench;

/// <summary>
/// Runs the four stages on the same corpus files: the plain-scan limit, Lucene.Net indexing, Pacta extraction and
/// Pacta ingest. Each stage first runs untimed on a few files, so JIT compilation and lexicon loading are not billed
/// to it; then the stages take turns for several rounds and each keeps its fastest round, so a burst of load from
/// elsewhere on a shared machine skews one round, not the ratios.
/// </summary>
public sealed class BenchRunner(ExtractionPipeline pipeline)
{
    private const int WarmUpFiles = 60;

    public BenchReport Run(BenchOptions options, TextWriter? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Rounds, 1);
        using var corpus = BenchCorpus.Open(options, log);
        var warmUp = corpus.Files.Take(WarmUpFiles).ToList();
        IBenchStage[] stages = [new PlainScanStage(), new LuceneIndexStage(), new ExtractStage(pipeline), new IngestStage(pipeline)];
        foreach (var stage in stages)
        {
            stage.Run(warmUp, options.Threads);
        }

        var best = new StageResult?[stages.Length];
        for (var round = 0; round < options.Rounds; round++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                var documents = stages[s].Run(corpus.Files, options.Threads);
                watch.Stop();
                var result = new StageResult(stages[s].Name, documents, corpus.Bytes, watch.Elapsed);
                log?.WriteLine($"round {round + 1}: {result.Name}: {result.MegabytesPerSecond:0.0} MB/s");
                if (best[s] is null || result.Elapsed < best[s]!.Elapsed)
                {
                    best[s] = result;
                }
            }
        }

        return new BenchReport(best[0]!, best[1]!, best[2]!, best[3]!, options.Threads, PeakMemory.Megabytes());
    }
}

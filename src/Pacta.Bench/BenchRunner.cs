using System.Diagnostics;
using Pacta.Bench.Corpus;
using Pacta.Bench.Stages;
using Pacta.Core.Pipeline;

namespace Pacta.Bench;

/// <summary>
/// Runs the four stages one after the other on the same corpus files: the plain-scan limit, Lucene.Net indexing,
/// Pacta extraction and Pacta ingest. Each stage first runs untimed on a few files, so JIT compilation and lexicon
/// loading are not billed to whichever stage happens to come first.
/// </summary>
public sealed class BenchRunner(ExtractionPipeline pipeline)
{
    private const int WarmUpFiles = 60;

    public BenchReport Run(BenchOptions options, TextWriter? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var generated = options.Corpus is null;
        var folder = options.Corpus ?? Path.Combine(Path.GetTempPath(), $"pacta-bench-corpus-{Guid.NewGuid():N}");
        try
        {
            if (generated)
            {
                log?.WriteLine($"generating {options.Documents} articles (seed {options.Seed}) in {folder}");
                CorpusWriter.Write(folder, options.Documents, options.Seed);
            }

            var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                throw new InvalidOperationException($"no .txt articles in {folder}");
            }

            var bytes = files.Sum(f => new FileInfo(f).Length);
            var warmUp = files.Take(WarmUpFiles).ToList();
            IBenchStage[] stages = [new PlainScanStage(), new LuceneIndexStage(), new ExtractStage(pipeline), new IngestStage(pipeline)];
            var results = new List<StageResult>();
            foreach (var stage in stages)
            {
                stage.Run(warmUp, options.Threads);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                var documents = stage.Run(files, options.Threads);
                watch.Stop();
                var result = new StageResult(stage.Name, documents, bytes, watch.Elapsed);
                log?.WriteLine($"{result.Name}: {result.MegabytesPerSecond:0.0} MB/s");
                results.Add(result);
            }

            return new BenchReport(results[0], results[1], results[2], results[3], options.Threads, PeakMemory.Megabytes());
        }
        finally
        {
            if (generated && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

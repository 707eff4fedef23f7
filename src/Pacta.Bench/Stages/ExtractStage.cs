using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;
using Pacta.Ingest.Streaming;

namespace Pacta.Bench.Stages;

/// <summary>Pacta's extraction alone, as `pacta extract` runs it: read, decode, normalise, extract; no output.</summary>
public sealed class ExtractStage(ExtractionPipeline pipeline) : IBenchStage
{
    private int _agreements;

    public string Name => "Pacta extract";

    /// <summary>Agreements found by the last run (documents that report at least one).</summary>
    public int DocumentsWithAgreements => _agreements;

    public int Run(IReadOnlyList<string> files, int threads)
    {
        var documents = 0;
        _agreements = 0;
        foreach (var result in Extract(pipeline, files, threads))
        {
            documents++;
            _agreements += result?.Agreements.Count > 0 ? 1 : 0;
        }

        return documents;
    }

    /// <summary>Reads and extracts every file over <paramref name="threads"/> workers, in file order; null for a
    /// file that could not be read.</summary>
    internal static IEnumerable<ExtractionResult?> Extract(ExtractionPipeline pipeline, IReadOnlyList<string> files, int threads) =>
        Extract(pipeline, files, threads, result => result);

    /// <summary>As above, each result then turned by <paramref name="then"/> on the worker that extracted it.</summary>
    internal static IEnumerable<T?> Extract<T>(ExtractionPipeline pipeline, IReadOnlyList<string> files, int threads, Func<ExtractionResult, T?> then)
        where T : class
    {
        var reader = new DocumentReader();
        return OrderedParallel.Map(
            files,
            file => reader.ReadFile(file).Document is { } document ? then(pipeline.Process(document)) : null,
            threads);
    }
}

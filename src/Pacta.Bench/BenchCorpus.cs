using Pacta.Bench.Corpus;

namespace Pacta.Bench;

/// <summary>The files a bench run reads: an existing folder, or a corpus generated into a temporary folder that is
/// deleted on Dispose.</summary>
public sealed class BenchCorpus : IDisposable
{
    private readonly string? _generatedFolder;

    private BenchCorpus(IReadOnlyList<string> files, string? generatedFolder)
    {
        Files = files;
        _generatedFolder = generatedFolder;
        Bytes = files.Sum(f => new FileInfo(f).Length);
    }

    public IReadOnlyList<string> Files { get; }

    public long Bytes { get; }

    public static BenchCorpus Open(BenchOptions options, TextWriter? log = null)
    {
        string? generated = null;
        var folder = options.Corpus;
        if (folder is null)
        {
            folder = generated = Path.Combine(Path.GetTempPath(), $"pacta-bench-corpus-{Guid.NewGuid():N}");
            log?.WriteLine($"generating {options.Documents} articles (seed {options.Seed}) in {folder}");
            CorpusWriter.Write(folder, options.Documents, options.Seed);
        }

        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no .txt articles in {folder}");
        }

        return new BenchCorpus(files, generated);
    }

    public void Dispose()
    {
        if (_generatedFolder is not null && Directory.Exists(_generatedFolder))
        {
            Directory.Delete(_generatedFolder, recursive: true);
        }
    }
}

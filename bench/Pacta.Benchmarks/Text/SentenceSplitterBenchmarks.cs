using BenchmarkDotNet.Attributes;
using Pacta.Core.Text;

namespace Pacta.Benchmarks.Text;

/// <summary>Sentence splitting (abbreviations, initials, day numbers) against cutting at every full stop.</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private SampleText _sample = null!;

    [Params("en", "ru")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup() => _sample = new SampleText(Language);

    [Benchmark(Baseline = true)]
    public int CutAtEveryStop()
    {
        var count = 0;
        foreach (var c in _sample.Text)
        {
            count += c is '.' or '!' or '?' or '\n' ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int Split() => _sample.Language.Splitter.Split(_sample.Text).Count;
}

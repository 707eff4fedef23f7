using BenchmarkDotNet.Attributes;
using Pacta.Core.Text;

namespace Pacta.Benchmarks.Text;

/// <summary>Sentence splitting (abbreviations, initials, day numbers) against cutting at every full stop.</summary>
public class SentenceSplitterBenchmarks : LanguageBenchmark
{
    [Benchmark(Baseline = true)]
    public int CutAtEveryStop()
    {
        var count = 0;
        foreach (var c in Sample.Text)
        {
            count += c is '.' or '!' or '?' or '\n' ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int Split() => Sample.Language.Splitter.Split(Sample.Text).Count;
}

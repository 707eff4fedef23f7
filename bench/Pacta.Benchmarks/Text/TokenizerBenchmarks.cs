using BenchmarkDotNet.Attributes;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Benchmarks.Text;

/// <summary>Tokenizing (spans, letters apart from digits, hard breaks) against counting letter runs.</summary>
public class TokenizerBenchmarks : LanguageBenchmark
{
    [Benchmark(Baseline = true)]
    public int CountLetterRuns()
    {
        var runs = 0;
        var inWord = false;
        foreach (var c in Sample.Text)
        {
            var letter = char.IsLetterOrDigit(c);
            runs += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return runs;
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(Sample.Text, new TextSpan(0, Sample.Text.Length)).Count;
}

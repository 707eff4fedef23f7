using BenchmarkDotNet.Attributes;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Benchmarks.Text;

/// <summary>Tokenizing (spans, letters apart from digits, hard breaks) against counting letter runs.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private SampleText _sample = null!;

    [Params("en", "ar")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup() => _sample = new SampleText(Language);

    [Benchmark(Baseline = true)]
    public int CountLetterRuns()
    {
        var runs = 0;
        var inWord = false;
        foreach (var c in _sample.Text)
        {
            var letter = char.IsLetterOrDigit(c);
            runs += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return runs;
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(_sample.Text, new TextSpan(0, _sample.Text.Length)).Count;
}

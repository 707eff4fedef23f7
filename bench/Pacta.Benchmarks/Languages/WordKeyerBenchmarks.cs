using BenchmarkDotNet.Attributes;
using Pacta.Core.Text;

namespace Pacta.Benchmarks.Languages;

/// <summary>Keying every word (decompose, drop marks, unify letters, cut the ending) against lower-casing it.</summary>
[MemoryDiagnoser]
public class WordKeyerBenchmarks
{
    private SampleText _sample = null!;

    [Params("en", "ru", "fa")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup() => _sample = new SampleText(Language);

    [Benchmark(Baseline = true)]
    public int LowerCase()
    {
        var length = 0;
        foreach (var sentence in _sample.Sentences)
        {
            for (var w = 0; w < sentence.Count; w++)
            {
                length += sentence.WordText(w).ToLowerInvariant().Length;
            }
        }

        return length;
    }

    [Benchmark]
    public int Key()
    {
        var length = 0;
        foreach (var sentence in _sample.Sentences)
        {
            for (var w = 0; w < sentence.Count; w++)
            {
                length += _sample.Language.Keyer.Key(sentence.Words[w].Span.Slice(sentence.DocumentText).AsSpan()).Length;
            }
        }

        return length;
    }

    [Benchmark]
    public int SplitAndKeyWholeText() => _sample.Language.Analyze(_sample.Text).Count;

    [Benchmark]
    public int Normalize()
    {
        var length = 0;
        foreach (var sentence in _sample.Sentences)
        {
            for (var w = 0; w < sentence.Count; w++)
            {
                length += KeyNormalizer.Normalize(sentence.DocumentText.AsSpan(sentence.Words[w].Start, sentence.Words[w].Span.Length)).Length;
            }
        }

        return length;
    }
}

using BenchmarkDotNet.Attributes;
using Pacta.Core.Text;

namespace Pacta.Benchmarks.Languages;

/// <summary>Keying every word (decompose, drop marks, unify letters, cut the ending) against lower-casing it.</summary>
public class WordKeyerBenchmarks : LanguageBenchmark
{
    [Benchmark(Baseline = true)]
    public int LowerCase()
    {
        var length = 0;
        foreach (var sentence in Sample.Sentences)
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
        foreach (var sentence in Sample.Sentences)
        {
            for (var w = 0; w < sentence.Count; w++)
            {
                length += Sample.Language.Keyer.Key(sentence.Words[w].Span.Slice(sentence.DocumentText).AsSpan()).Length;
            }
        }

        return length;
    }

    [Benchmark]
    public int SplitAndKeyWholeText() => Sample.Language.Analyze(Sample.Text).Count;

    [Benchmark]
    public int Normalize()
    {
        var length = 0;
        foreach (var sentence in Sample.Sentences)
        {
            for (var w = 0; w < sentence.Count; w++)
            {
                length += KeyNormalizer.Normalize(sentence.DocumentText.AsSpan(sentence.Words[w].Start, sentence.Words[w].Span.Length)).Length;
            }
        }

        return length;
    }
}

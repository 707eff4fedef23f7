using BenchmarkDotNet.Attributes;
using Pacta.Core.Recognizers.Countries;

namespace Pacta.Benchmarks.Recognizers;

/// <summary>States and organisations (longest multiword match in the gazetteer trie, plausibility checks) against
/// looking each word's key up in a set of first words.</summary>
public class CountryRecognizerBenchmarks : LanguageBenchmark
{
    private readonly CountryRecognizer _recognizer = new();

    [Benchmark(Baseline = true)]
    public int FirstWordSetLookup()
    {
        var hits = 0;
        var firstKeys = Sample.Language.Gazetteer.FirstKeys;
        foreach (var sentence in Sample.Sentences)
        {
            foreach (var key in sentence.Keys)
            {
                hits += firstKeys.Contains(key) ? 1 : 0;
            }
        }

        return hits;
    }

    [Benchmark]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var sentence in Sample.Sentences)
        {
            mentions += _recognizer.Recognize(sentence, Sample.Language).Count;
        }

        return mentions;
    }
}

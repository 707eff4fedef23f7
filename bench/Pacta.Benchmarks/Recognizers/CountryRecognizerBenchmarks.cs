using BenchmarkDotNet.Attributes;
using Pacta.Core.Recognizers.Countries;

namespace Pacta.Benchmarks.Recognizers;

/// <summary>States and organisations (longest multiword match in the gazetteer trie, plausibility checks) against
/// looking each word's key up in a set of first words.</summary>
[MemoryDiagnoser]
public class CountryRecognizerBenchmarks
{
    private readonly CountryRecognizer _recognizer = new();
    private SampleText _sample = null!;

    [Params("en", "ru")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup() => _sample = new SampleText(Language);

    [Benchmark(Baseline = true)]
    public int FirstWordSetLookup()
    {
        var hits = 0;
        var firstKeys = _sample.Language.Gazetteer.FirstKeys;
        foreach (var sentence in _sample.Sentences)
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
        foreach (var sentence in _sample.Sentences)
        {
            mentions += _recognizer.Recognize(sentence, _sample.Language).Count;
        }

        return mentions;
    }
}

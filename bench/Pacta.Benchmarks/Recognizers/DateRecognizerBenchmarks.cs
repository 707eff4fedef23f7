using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Pacta.Core.Recognizers.Dates;

namespace Pacta.Benchmarks.Recognizers;

/// <summary>Dates (numeric, day-month-year in the language's orders, weekdays, relative words, resolved against a
/// publication date) against one compiled regular expression for ISO dates and four-digit years.</summary>
[MemoryDiagnoser]
public partial class DateRecognizerBenchmarks
{
    private static readonly DateOnly Published = new(2024, 5, 14);
    private readonly DateRecognizer _recognizer = new();
    private SampleText _sample = null!;

    [Params("en", "fr")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup() => _sample = new SampleText(Language);

    [Benchmark(Baseline = true)]
    public int IsoDateRegex() => IsoDateOrYear().Count(_sample.Text);

    [Benchmark]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var sentence in _sample.Sentences)
        {
            mentions += _recognizer.Recognize(sentence, _sample.Language, Published).Count;
        }

        return mentions;
    }

    [GeneratedRegex(@"\b(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})\b")]
    private static partial Regex IsoDateOrYear();
}

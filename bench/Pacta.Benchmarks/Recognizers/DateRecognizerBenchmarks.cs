using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Pacta.Core.Recognizers.Dates;

namespace Pacta.Benchmarks.Recognizers;

/// <summary>Dates (numeric, day-month-year in the language's orders, weekdays, relative words, resolved against a
/// publication date) against one compiled regular expression for ISO dates and four-digit years.</summary>
public partial class DateRecognizerBenchmarks : LanguageBenchmark
{
    private static readonly DateOnly Published = new(2024, 5, 14);
    private readonly DateRecognizer _recognizer = new();

    [Benchmark(Baseline = true)]
    public int IsoDateRegex() => IsoDateOrYear().Count(Sample.Text);

    [Benchmark]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var sentence in Sample.Sentences)
        {
            mentions += _recognizer.Recognize(sentence, Sample.Language, Published).Count;
        }

        return mentions;
    }

    [GeneratedRegex(@"\b(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d{2})\b")]
    private static partial Regex IsoDateOrYear();
}

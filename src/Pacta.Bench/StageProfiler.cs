using System.Diagnostics;
using Pacta.Core.Analysis;
using Pacta.Core.Articles;
using Pacta.Core.Extraction;
using Pacta.Core.Languages;
using Pacta.Ingest.Readers;

namespace Pacta.Bench;

/// <summary>
/// Where extraction time goes, one thread, Stopwatch around each step the pipeline runs for a document (reading,
/// language guess, trigger scan, sentences and word keys, header, recognizers with clause reading). A coarse profile that needs no
/// profiler: the steps are timed one document at a time, in the order the pipeline runs them.
/// </summary>
public sealed class StageProfiler
{
    private readonly LanguageCatalog _languages = LanguageCatalog.Embedded;
    private readonly LanguageGuesser _guesser = new(EmbeddedLexiconSource.Instance);
    private readonly ArticleHeaderParser _header = new();
    private readonly TextAnalyzer _analyzer = new();
    private readonly AgreementExtractor _extractor = new();

    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Profile(IReadOnlyList<string> files)
    {
        var steps = new[] { "read + decode + NFC", "language guess", "instrument trigger scan", "sentences", "header (its words keyed)", "words keyed where asked, recognizers, clause reading" };
        var ticks = new long[steps.Length];
        var reader = new DocumentReader();
        foreach (var file in files)
        {
            var start = Stopwatch.GetTimestamp();
            var document = reader.ReadFile(file).Document;
            ticks[0] += Lap(ref start);
            if (document is null || _guesser.Guess(document.Text).Language is not { } language)
            {
                continue;
            }

            ticks[1] += Lap(ref start);
            var profile = _languages.Get(language);
            var instrumentStarts = TriggerScanner.Starts(document.Text, profile.Instruments, profile.Keyer, profile.Settings.Compounds);
            var mayReport = instrumentStarts.Count > 0;
            ticks[2] += Lap(ref start);
            var sentences = mayReport
                ? profile.Analyze(document.Text)
                : profile.Splitter.Split(document.Text, ArticleHeaderParser.SentencesRead).Select(s => profile.AnalyzeSentence(document.Text, s)).ToList();
            ticks[3] += Lap(ref start);
            var header = _header.Parse(sentences, profile);
            ticks[4] += Lap(ref start);
            if (mayReport)
            {
                // Recognizers run lazily, when clause reading asks for their mentions: one step.
                _extractor.Extract(_analyzer.Analyze(document with { Published = header.Published }, profile, sentences, instrumentStarts));
                ticks[5] += Lap(ref start);
            }
        }

        return steps.Select((s, i) => (s, Stopwatch.GetElapsedTime(0, ticks[i]))).ToList();
    }

    private static long Lap(ref long start)
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = now - start;
        start = now;
        return elapsed;
    }
}

using Pacta.Core.Analysis;
using Pacta.Core.Articles;
using Pacta.Core.Extraction;
using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Core.Pipeline;

/// <summary>
/// Document in, agreements out: language, header (title, byline, publication date), analysis, extraction.
/// Immutable and thread-safe: build it once and share it between workers.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly LanguageCatalog _languages;
    private readonly ILanguageDetector _detector;
    private readonly PipelineOptions _options;
    private readonly ArticleHeaderParser _header = new();
    private readonly TextAnalyzer _analyzer = new();
    private readonly AgreementExtractor _extractor = new();

    internal ExtractionPipeline(LanguageCatalog languages, ILanguageDetector detector, PipelineOptions options)
    {
        _languages = languages;
        _detector = detector;
        _options = options;
    }

    public LanguageCatalog Languages => _languages;

    public ExtractionResult Process(Document document)
    {
        var language = _options.Language ?? document.Language;
        string? skipped = null;
        if (!_languages.Supports(language))
        {
            var guess = _detector.Detect(document.Text);
            language = guess.Language;
            skipped = guess.Reason;
        }

        if (language is null)
        {
            return new ExtractionResult(document with { Language = null }, [], skipped);
        }

        var profile = _languages.Get(language);
        // The cheap trigger first: a text with no word that can start an instrument ("agreement", "accord",
        // "соглашение", or end one in a compound: "Militärhilfeabkommen") reports no agreement (the extractor reads
        // clauses around instrument words only), so only its header is read. Most articles stop here. In the rest,
        // only the sentences with such a word are read for instruments; the others' words are keyed only if a
        // recognizer asks for them (the headline's states, say).
        var instrumentStarts = TriggerScanner.Starts(document.Text, profile.Instruments, profile.Keyer, profile.Settings.Compounds);
        var mayReport = instrumentStarts.Count > 0;
        var sentences = mayReport ? profile.Analyze(document.Text) : HeaderSentences(document.Text, profile);
        var header = _header.Parse(sentences, profile);
        var read = document with
        {
            Language = language,
            Title = document.Title ?? header.Title,
            Byline = document.Byline ?? header.Byline,
            Published = document.Published ?? header.Published,
        };

        if (!mayReport)
        {
            return new ExtractionResult(read, [], null);
        }

        var analysis = _analyzer.Analyze(read, profile, sentences, instrumentStarts);
        var agreements = _extractor.Extract(analysis).Where(a => a.Confidence >= _options.MinConfidence).ToList();
        return new ExtractionResult(read, agreements, null);
    }

    /// <summary>The instruments of an analysed document, every mention read and dropped told to <paramref name="trace"/>.</summary>
    public IReadOnlyList<AgreementMention> ExtractTraced(DocumentAnalysis analysis, Action<string> trace) => _extractor.Extract(analysis, trace);

    private static List<Text.AnalyzedSentence> HeaderSentences(string text, LanguageProfile profile) =>
        profile.Splitter.Split(text, ArticleHeaderParser.SentencesRead).Select(s => profile.AnalyzeSentence(text, s)).ToList();

    /// <summary>The analysis of a document, for tools and tests that look at mentions.</summary>
    public DocumentAnalysis Analyze(Document document, string language) => _analyzer.Analyze(document, _languages.Get(language));
}

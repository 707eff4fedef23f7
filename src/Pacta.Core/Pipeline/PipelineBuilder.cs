using Pacta.Core.Languages;

namespace Pacta.Core.Pipeline;

/// <summary>Configures and builds an <see cref="ExtractionPipeline"/>: lexicons (embedded or a folder) and options.</summary>
public sealed class PipelineBuilder
{
    private ILexiconSource _source = EmbeddedLexiconSource.Instance;
    private PipelineOptions _options = new();
    private ILanguageDetector? _secondOpinion;

    public PipelineBuilder UseLexicons(ILexiconSource source)
    {
        _source = source;
        return this;
    }

    public PipelineBuilder UseOptions(PipelineOptions options)
    {
        _options = options;
        return this;
    }

    /// <summary>A detector consulted when the stopword guess is close between two languages of one script
    /// (<see cref="LayeredLanguageDetector"/>).</summary>
    public PipelineBuilder UseSecondOpinion(ILanguageDetector detector)
    {
        _secondOpinion = detector;
        return this;
    }

    /// <summary>True when the text has an instrument word in one of the candidate languages (the pipeline's cheap
    /// trigger), so which language it is can change what is extracted.</summary>
    private static bool MayReport(LanguageCatalog catalog, string text, IReadOnlyList<string> candidates) =>
        candidates.Where(catalog.Supports).Select(catalog.Get)
            .Any(profile => TriggerScanner.MayMatch(text, profile.Instruments, profile.Keyer, profile.Settings.Compounds));

    public ExtractionPipeline Build()
    {
        var catalog = ReferenceEquals(_source, EmbeddedLexiconSource.Instance) ? LanguageCatalog.Embedded : new LanguageCatalog(_source);
        var guesser = new LanguageGuesser(_source);
        ILanguageDetector detector = _secondOpinion is null ? guesser : new LayeredLanguageDetector(guesser, _secondOpinion, (text, candidates) => MayReport(catalog, text, candidates));
        return new ExtractionPipeline(catalog, detector, _options);
    }
}

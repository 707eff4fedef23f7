using Pacta.Core.Languages;

namespace Pacta.Core.Pipeline;

/// <summary>Configures and builds an <see cref="ExtractionPipeline"/>: lexicons (embedded or a folder) and options.</summary>
public sealed class PipelineBuilder
{
    private ILexiconSource _source = EmbeddedLexiconSource.Instance;
    private PipelineOptions _options = new();

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

    public ExtractionPipeline Build()
    {
        var catalog = ReferenceEquals(_source, EmbeddedLexiconSource.Instance) ? LanguageCatalog.Embedded : new LanguageCatalog(_source);
        return new ExtractionPipeline(catalog, new LanguageGuesser(_source), _options);
    }
}

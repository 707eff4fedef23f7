using Pacta.Core.Languages;
using Pacta.Core.Pipeline;
using Pacta.Ingest.Languages;
using Pacta.Ingest.Readers;

namespace Pacta.Cli;

/// <summary>Builds the extraction pipeline from command-line options.</summary>
internal static class PipelineFactory
{
    /// <summary>One Lingua detector for the embedded languages, shared by every pipeline of the process (tests, the
    /// web server), so its models are loaded at most once.</summary>
    private static readonly LinguaLanguageDetector EmbeddedLingua = new(EmbeddedLexiconSource.Instance.Languages);

    public static ExtractionPipeline Create(string? dataDir, double minConfidence, string? language)
    {
        var builder = new PipelineBuilder().UseOptions(new PipelineOptions { MinConfidence = minConfidence, Language = language });
        ILexiconSource source = EmbeddedLexiconSource.Instance;
        if (dataDir is not null)
        {
            source = new DirectoryLexiconSource(dataDir);
            builder.UseLexicons(source);
        }

        if (language is null)
        {
            builder.UseSecondOpinion(dataDir is null ? EmbeddedLingua : new LinguaLanguageDetector(source.Languages));
        }

        return builder.Build();
    }
}

using Pacta.Core.Pipeline;
using Pacta.Ingest.Readers;

namespace Pacta.Cli;

/// <summary>Builds the extraction pipeline from command-line options.</summary>
internal static class PipelineFactory
{
    public static ExtractionPipeline Create(string? dataDir, double minConfidence, string? language)
    {
        var builder = new PipelineBuilder().UseOptions(new PipelineOptions { MinConfidence = minConfidence, Language = language });
        if (dataDir is not null)
        {
            builder.UseLexicons(new DirectoryLexiconSource(dataDir));
        }

        return builder.Build();
    }
}

namespace Pacta.Core.Pipeline;

public sealed record PipelineOptions
{
    /// <summary>Agreements below this confidence are left out of results.</summary>
    public double MinConfidence { get; init; }

    /// <summary>The language of every document, instead of guessing it per document.</summary>
    public string? Language { get; init; }
}

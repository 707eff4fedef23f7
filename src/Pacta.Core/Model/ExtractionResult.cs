namespace Pacta.Core.Model;

/// <summary>What the pipeline read from one document: the document with the metadata it found, its instruments,
/// and why it was not analysed (<see cref="Skipped"/>, e.g. an unsupported language).</summary>
public sealed record ExtractionResult(Document Document, IReadOnlyList<AgreementMention> Agreements, string? Skipped = null);

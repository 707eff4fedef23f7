namespace Pacta.Core.Model;

/// <summary>A sentence of a document that supports an agreement, with its character span in the document text.</summary>
public sealed record Evidence(string DocumentId, TextSpan Span, string Quote);

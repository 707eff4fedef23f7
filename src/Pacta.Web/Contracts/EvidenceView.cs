namespace Pacta.Web.Contracts;

/// <summary>A sentence that supports an agreement: its document and its character span [start, end) in that
/// document's text, so the UI can highlight it in context.</summary>
public sealed record EvidenceView(string DocumentId, int Start, int End, string Quote);

namespace Pacta.Core.Model;

/// <summary>
/// The words that support one field of an agreement ("parties", "date", "status", "kind", "domain", "place",
/// "signatories") and the value read from them.
/// </summary>
public sealed record FieldEvidence(string Field, string Value, TextSpan Span, string Text);

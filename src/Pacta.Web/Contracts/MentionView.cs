namespace Pacta.Web.Contracts;

/// <summary>One document's report of an agreement, by the key a split names.</summary>
public sealed record MentionView(string Key, string DocumentId, string Status, string? Date, double Confidence, IReadOnlyList<EvidenceView> Evidence);

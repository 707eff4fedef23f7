namespace Pacta.Storage;

/// <summary>A document that reports an agreement: where it came from and which report (near-duplicate group) it is.</summary>
public sealed record SourceDocument(string Id, string Source, string? Title, DateOnly? Published, string ReportId, DateTimeOffset IngestedAt);

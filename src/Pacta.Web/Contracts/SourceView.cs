namespace Pacta.Web.Contracts;

/// <summary>A document that reports an agreement and the report (near-duplicate group) it belongs to.</summary>
public sealed record SourceView(string Id, string Source, string? Title, string? Published, string ReportId);

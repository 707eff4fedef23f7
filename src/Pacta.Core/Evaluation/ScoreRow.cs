namespace Pacta.Core.Evaluation;

/// <summary>A miss or a false agreement: the document, what happened and the party/status key.</summary>
public sealed record ScoreRow(string DocumentId, string What, string Parties, string? Status);

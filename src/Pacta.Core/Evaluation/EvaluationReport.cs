namespace Pacta.Core.Evaluation;

public sealed record EvaluationReport(
    ScoreCounts Overall,
    IReadOnlyDictionary<string, ScoreCounts> ByLanguage,
    int NegativeDocuments,
    int NegativeDocumentsWithFalseAgreements,
    int DocumentsWithoutOutput,
    IReadOnlyList<ScoreRow> Rows);
